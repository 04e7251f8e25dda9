import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../shared/graphql/connection";
import { MAX_PAGE_SIZE } from "../../shared/graphql/cost";
import { User } from "./user.entity";

/** How many accounts a page of `users` lists unless asked otherwise. */
export const DEFAULT_USERS_PAGE = 50;

@ArgsType()
export class UsersArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_USERS_PAGE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge already seen." })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;

  @Field(() => String, { nullable: true, description: "Only accounts whose email address contains this (any case)." })
  @IsOptional()
  @MaxLength(254)
  query?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class UserConnection extends ConnectionType(User) {}
