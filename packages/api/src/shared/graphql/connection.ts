import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { IsOptional, Max, Min } from "class-validator";
import { edgesCost, MAX_PAGE_SIZE } from "./cost";
import { CachedLikeParent } from "./cache-hints";

@CachedLikeParent()
@ObjectType({ simpleResolvers: true, description: "Relay page information." })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** Relay paging arguments: `first`/`after` forwards or `last`/`before` backwards, 1 to 100 at a time. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Page size going forwards, 1 to 100 (default 20)." })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge already seen." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Page size going backwards, 1 to 100." })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge already seen." })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** May be lazy: counting is skipped when the client does not ask. */
  readonly totalCount: number | Promise<number>;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @CachedLikeParent()
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  // Never referenced by a resolver, so not emitted itself: `class XConnection extends ConnectionType(X)` inherits the fields.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { complexity: edgesCost })
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many nodes match, across all pages." })
    totalCount: number;
  }

  return ConnectionClass;
}
