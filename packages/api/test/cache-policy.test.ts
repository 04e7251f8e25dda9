import { getOperationAST, parse, type GraphQLSchema } from "graphql";
import { buildSchema } from "../src/app/build-schema";
import { cachePolicyOf } from "../src/app/cache-policy";

/** How long an operation may be cached and by whom, from the schema's @cacheControl hints alone. */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
});
const policy = (source: string) => {
  const document = parse(source);
  return cachePolicyOf(schema, document, getOperationAST(document)!);
};

test("public catalogue reads live as long as their shortest-lived part", () => {
  expect(policy("{ jobs(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { title salary { min } } } } }")).toEqual({
    maxAge: 60,
  });
  expect(policy("{ glossaryTerms(first: 5) { edges { node { term faqs { question } } } } }")).toEqual({ maxAge: 300 });
  expect(policy('{ glossaryTerm(slug: "x") { term relatedCategory { name } } }')).toEqual({ maxAge: 60 });
  // Through fragments, named and inline, on an interface's implementations.
  expect(policy("query Q($id: ID!) { node(id: $id) { id ...J ... on Company { name } } } fragment J on Job { company { name } }")).toEqual({
    maxAge: 60,
  });
});

test("anything about the caller, or not hinted, makes the whole operation uncacheable", () => {
  for (const source of [
    "{ viewer { email } }",
    "{ rateLimit { remaining } jobs(first: 1) { totalCount } }",
    "{ myCompany { name } }",
    "{ allPlans { slug } }",
    // Skipped or not, a selected field counts: the policy can only be stricter than what runs.
    "query Q($me: Boolean = false) { jobs(first: 1) { totalCount } viewer @include(if: $me) { email } }",
    "{ __schema { queryType { name } } }",
    "{ __typename }",
  ]) {
    const { maxAge } = policy(source);
    expect([source, maxAge ?? 0]).toEqual([source, 0]);
  }
  expect(policy("{ myCompany { name } }").scope).toBe("PRIVATE");
});

test("the same parsed document is worked out once", () => {
  const document = parse("{ plans { slug } }");
  const operation = getOperationAST(document)!;
  expect(cachePolicyOf(schema, document, operation)).toBe(cachePolicyOf(schema, document, operation));
});
