import { partnerOperations } from "@hiredinai/schema";
import { useTestApi } from "./support/test-api";

const api = useTestApi();
const LATEST = partnerOperations().get("LatestJobs")!;
const CREATE_ALERT = partnerOperations().get("CreateAlert")!;
const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);
const fields = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
  res.errors?.flatMap((e) => (e.extensions?.fields ?? []).map((f: any) => f.field));

const BAD_TEXT = { nul: "ml\u0000engineer", loneHigh: "ml\uD800", loneLow: "\uDC00ml" };

test.each(Object.entries(BAD_TEXT))("a %s in a variable is BAD_USER_INPUT naming the field, before anything runs", async (_kind, text) => {
  const res = await api.gql(LATEST, { first: 5, filter: { query: text, tags: ["ok", text] } });
  expect(res.status).toBe(400);
  expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  expect(fields(res)).toEqual(["filter.query", "filter.tags"]);
  expect(JSON.stringify(res)).not.toMatch(/SELECT|INTERNAL/);
});

test("a NUL in a literal argument is BAD_USER_INPUT naming the argument", async () => {
  for (const [query, field] of [
    [`{ job(slug: "a\\u0000b") { id } }`, "slug"],
    [`{ node(id: "a\\u0000b") { id } }`, "id"],
    [`{ jobs(filter: { companies: ["a\\u0000b"] }) { totalCount } }`, "filter.companies"],
  ]) {
    const res = await api.gql(query);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(fields(res)).toEqual([field]);
  }
});

test("an unpaired surrogate in a literal fails to parse: 400, not an internal error", async () => {
  for (const text of [BAD_TEXT.loneHigh, BAD_TEXT.loneLow]) {
    for (const literal of [JSON.stringify(text), `"${text}"`]) {
      const res = await api.gql(`{ job(slug: ${literal}) { id } }`);
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    }
  }
});

test("a NUL inside a mutation's input is refused and writes nothing, and nothing is logged as a failure", async () => {
  const res = await api.gql(CREATE_ALERT, { input: { email: "ada@example.com", frequency: "DAILY", criteria: { query: "a\u0000b" } } });
  expect(res.status).toBe(400);
  expect(fields(res)).toEqual(["input.criteria.query"]);
  expect(
    await api.ds.query(`SELECT (SELECT count(*) FROM alerts)::int AS alerts, (SELECT count(*) FROM email_outbox)::int AS emails`),
  ).toEqual([{ alerts: 0, emails: 0 }]);
  expect((await api.logs()).filter((l) => l.level >= 50)).toEqual([]);
});

test("every string argument has a maximum length", async () => {
  const slug = await api.gql(`query Q($slug: String!) { job(slug: $slug) { id } }`, { slug: "x".repeat(1_001) });
  expect(codes(slug)).toEqual(["BAD_USER_INPUT"]);
  expect(slug.errors![0].extensions!.fields).toEqual([{ field: "slug", message: "must be at most 1000 characters" }]);

  const tag = await api.gql(LATEST, { first: 1, filter: { tags: ["t".repeat(51)] } });
  expect(codes(tag)).toEqual(["BAD_USER_INPUT"]);
  expect(fields(tag)).toEqual(["filter.tags"]);

  const tooManyTags = await api.gql(LATEST, { first: 1, filter: { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) } });
  expect(codes(tooManyTags)).toEqual(["BAD_USER_INPUT"]);
  expect(fields(tooManyTags)).toEqual(["filter.tags"]);

  const fine = await api.gql(LATEST, { first: 1, filter: { query: "ml engineer 🚀", tags: ["python"] } });
  expect(fine.errors).toBeUndefined();
});
