import { getComplexity, fieldExtensionsEstimator, simpleEstimator } from "graphql-query-complexity";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { buildSchema } from "../src/app/build-schema";
import { DOCUMENT_LIMITS, documentLimits } from "../src/app/document-limits";
import { loadConfig } from "../src/config/config";
import { seed } from "../src/db/seed/seed";
import { clientOperations } from "./support/operations";
import { useTestApi } from "./support/test-api";

const api = useTestApi();
const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);
const MAX_COST = loadConfig({}).MAX_QUERY_COMPLEXITY;

/** Two terms related to each other: every level of nesting finds one again. */
async function mutuallyRelatedTerms() {
  const a = await api.make.glossaryTerm({ slug: "loop", term: "Loop" });
  const b = await api.make.glossaryTerm({ slug: "pool", term: "Pool" });
  await api.ds.query(`INSERT INTO glossary_related_terms (term_id, related_term_id, position) VALUES ($1, $2, 0), ($2, $1, 0)`, [
    a.id,
    b.id,
  ]);
}

const chain = (levels: number) => {
  let selection = "slug";
  for (let i = 0; i < levels; i++) selection = `relatedTerms { ${selection} }`;
  return `{ glossaryTerm(slug: "loop") { ${selection} } }`;
};

test("a nested unpaged list that multiplies (the 285-byte relatedTerms chain) is refused before it runs", async () => {
  await mutuallyRelatedTerms();
  expect(chain(11).length).toBeLessThan(300);
  const attack = await api.gql(chain(11));
  expect(attack.status).toBe(400);
  expect(codes(attack)).toEqual(["QUERY_TOO_DEEP"]);
  expect(attack.data).toBeUndefined();

  // Within the depth limit, the cost model refuses it: each level multiplies by the most related terms a term shows.
  const costly = await api.gql(chain(5));
  expect(costly.status).toBe(400);
  expect(codes(costly)).toEqual(["QUERY_TOO_COMPLEX"]);

  // Two levels are what a page needs, and they run.
  const ok = await api.gql(`{ glossaryTerm(slug: "loop") { relatedTerms { relatedTerms { slug } } } }`);
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.glossaryTerm.relatedTerms).toEqual([{ relatedTerms: [{ slug: "loop" }] }]);
});

test("alias flooding is refused: a thousand aliased searches, or a few more than the limit", async () => {
  const aliases = (n: number) =>
    Array.from({ length: n }, (_, i) => `a${i}: jobs(first: 1, filter: { query: "q${i}" }) { totalCount }`).join(" ");
  const flood = await api.gql(`{ ${aliases(1000)} }`);
  expect(flood.status).toBe(400);
  expect(codes(flood)).toEqual(["TOO_MANY_TOKENS"]);

  const few = await api.gql(`{ ${aliases(DOCUMENT_LIMITS.aliases + 1)} }`);
  expect(few.status).toBe(400);
  expect(codes(few)).toEqual(["TOO_MANY_ALIASES"]);
  expect(few.errors![0].message).toMatch(new RegExp(`${DOCUMENT_LIMITS.aliases}`));

  const allowed = await api.gql(`{ ${aliases(DOCUMENT_LIMITS.aliases)} }`);
  expect(allowed.errors).toBeUndefined();
});

test("depth, tokens and directives each have a limit with its own code", async () => {
  let deep = "id";
  for (let i = 0; i < DOCUMENT_LIMITS.depth; i++)
    deep = i % 2 ? `relatedCategory { jobs(first: 1) { edges { node { glossaryTerms { ${deep} } } } } }` : `relatedTerms { ${deep} }`;
  const tooDeep = await api.gql(`{ glossaryTerm(slug: "x") { ${deep} } }`);
  expect(tooDeep.status).toBe(400);
  expect(codes(tooDeep)).toEqual(["QUERY_TOO_DEEP"]);

  const tokens = await api.gql(`{ jobCategories { ${"slug ".repeat(DOCUMENT_LIMITS.tokens)} } }`);
  expect(tokens.status).toBe(400);
  expect(codes(tokens)).toEqual(["TOO_MANY_TOKENS"]);

  const directives = await api.gql(
    `{ jobCategories { ${"... on JobCategory @include(if: true) { slug } ".repeat(DOCUMENT_LIMITS.directives + 1)} } }`,
  );
  expect(directives.status).toBe(400);
  expect(codes(directives)).toEqual(["TOO_MANY_DIRECTIVES"]);
});

test("QUERY_TOO_COMPLEX is the client's fault: HTTP 400", async () => {
  const res = await api.gql(
    `{ jobs(first: 100) { edges { node { similarJobs(first: 20) { company { jobs(first: 100) { edges { node { title } } } } } } } } }`,
  );
  expect(res.status).toBe(400);
  expect(codes(res)).toEqual(["QUERY_TOO_COMPLEX"]);
});

test("an out-of-range page size is costed at the bound, so it gets BAD_USER_INPUT naming `first`", async () => {
  const res = await api.gql(`{ jobs(first: 1000000) { edges { node { title } } } }`);
  expect(res.data).toBeNull();
  expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "first" })]);
});

test("no 'Did you mean' suggestions: not for fields, arguments, types or enum values", async () => {
  const probes = [
    `{ jbos(first: 1) { totalCount } }`,
    `{ jobs(frist: 1) { totalCount } }`,
    `{ jobs(filter: { remote: [REMOTEE] }) { totalCount } }`,
    `query Q($f: JobFiltr) { jobs(filter: $f) { totalCount } }`,
  ];
  for (const query of probes) {
    const res = await api.gql(query);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).not.toMatch(/did you mean/i);
  }
  const variable = await api.gql(`query Q($f: JobFilter) { jobs(filter: $f) { totalCount } }`, { f: { remote: ["REMOTEE"] } });
  expect(codes(variable)).toEqual(["BAD_USER_INPUT"]);
  expect(JSON.stringify(variable.errors)).not.toMatch(/did you mean/i);
});

/** Worst-case variables for an operation: every page as large as allowed, every other variable a plausible value. */
function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const valueFor = (name: string, type: GraphQLInputType): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [valueFor(name, inner.ofType)];
    const named = getNamedType(inner);
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named)) {
      const required = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      return Object.fromEntries(required.map((f) => [f.name, valueFor(f.name, f.type)]));
    }
    if (named.name === "Int") return /first|last/.test(name) ? 100 : 1;
    if (named.name === "Boolean") return true;
    return /email/i.test(name) ? "a@example.com" : /currency/i.test(name) ? "USD" : "x";
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      valueFor(v.variable.name.value, typeFromAST(schema, v.type as never) as GraphQLInputType),
    ]),
  );
}

test.each([...clientOperations()])("client operation %s stays inside every document limit and the cost limit", async (_name, source) => {
  const schema = await buildSchema();
  const document = parse(source, { maxTokens: DOCUMENT_LIMITS.tokens });
  expect(validate(schema, document, documentLimits().validationRules).map((e) => e.message)).toEqual([]);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const cost = getComplexity({
    schema,
    query: document,
    variables: worstCaseVariables(schema, operation),
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  expect(cost).toBeLessThanOrEqual(MAX_COST);
});

test("the heaviest operations the limits let through answer with at most a few MB, on the demo data", async () => {
  await seed(api.ds);
  const aliased = (n: number, selection: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: jobs(first: 100, after: null) ${selection}`).join(" ")} }`;
  const heaviest = [
    aliased(4, "{ edges { node { description } } }"),
    aliased(2, "{ edges { node { descriptionHtml } } }"),
    aliased(1, "{ edges { node { description locations { city region country } tags glossaryTerms { shortDefinition } } } }"),
    `{ glossaryTerms(first: 100) { edges { node { body howItWorks careerRelevance faqs { question answer } } } } }`,
    `{ glossaryTerms(first: 1) { edges { node { relatedTerms { relatedTerms { relatedTerms { slug term } } } } } } }`,
  ];
  for (const query of heaviest) {
    const res = await fetch(`${api.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = await res.text();
    expect([query, res.status, JSON.parse(body).errors]).toEqual([query, 200, undefined]);
    expect(body.length).toBeLessThan(4_000_000);
  }
});
