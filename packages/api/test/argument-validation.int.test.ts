import { useTestApi } from "./support/test-api";

const api = useTestApi();

test.each([
  [
    "a company search too long",
    `query ($q: String) { companies(filter: { query: $q }) { totalCount } }`,
    { q: "x".repeat(201) },
    "filter.query",
  ],
  ["a glossary letter that is two letters", `{ glossaryTerms(filter: { letter: "ab" }) { totalCount } }`, {}, "filter.letter"],
  [
    "a glossary search too long",
    `query ($q: String) { glossaryTerms(filter: { query: $q }) { totalCount } }`,
    { q: "x".repeat(201) },
    "filter.query",
  ],
])("%s is BAD_USER_INPUT naming the field inside the filter", async (_what, query, variables, field) => {
  const res = await api.gql(query, variables);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  expect((res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual([field]);
});
