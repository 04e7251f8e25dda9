import "reflect-metadata";
import { graphql, GraphQLObjectType, type GraphQLSchema } from "graphql";
import { Authorized, buildSchema, Field, ObjectType, Query, Resolver } from "type-graphql";

// patches/type-graphql@2.0.0-rc.4.patch: a plain field without middleware gets graphql-js's default
// resolver; one that has an auth check keeps type-graphql's wrapper, so the checker still runs.

@ObjectType()
class Thing {
  @Field()
  plain!: string;

  @Field({ name: "renamed" })
  property!: string;

  @Authorized()
  @Field()
  secret!: string;
}

@Resolver()
class ThingResolver {
  @Query(() => Thing)
  thing(): Thing {
    return { plain: "p", property: "r", secret: "s" };
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({
    resolvers: [ThingResolver],
    authChecker: ({ context }) => (context as { allowed: boolean }).allowed,
    validate: false,
  });
});

test("a plain field has no resolver of its own; a renamed one reads its property", () => {
  const fields = (schema.getType("Thing") as GraphQLObjectType).getFields();
  expect(fields.plain.resolve).toBeUndefined();
  expect(fields.renamed.resolve).toBeInstanceOf(Function);
  expect(fields.secret.resolve).toBeInstanceOf(Function);
});

test("a field with @Authorized is still refused when the checker says no, and given when it says yes", async () => {
  const source = "{ thing { plain renamed secret } }";
  const refused = await graphql({ schema, source, contextValue: { allowed: false } });
  expect(refused.errors?.map((e) => e.path)).toEqual([["thing", "secret"]]);
  expect(refused.data).toBeNull(); // secret is non-null: the refusal nulls its parent
  const allowed = await graphql({ schema, source, contextValue: { allowed: true } });
  expect(allowed).toEqual({ data: { thing: { plain: "p", renamed: "r", secret: "s" } } });
});
