import { partnerOperations } from "@hiredinai/schema";
import { useTestApi } from "./support/test-api";

const api = useTestApi();
const LATEST = partnerOperations().get("LatestJobs")!;
const CREATE_ALERT = partnerOperations().get("CreateAlert")!;

const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);
const fields = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
  res.errors?.flatMap((e) => (e.extensions?.fields ?? []).map((f: any) => f.field));

test.each([
  [{ first: 0 }, "first"],
  [{ first: 101 }, "first"],
  [{ first: 10, filter: { salaryMin: -1 } }, "filter.salaryMin"],
  [{ first: 10, filter: { salaryCurrency: "XYZ" } }, "filter.salaryCurrency"],
])("page arguments out of bounds get BAD_USER_INPUT naming the field: %j", async (variables, field) => {
  const res = await api.gql(LATEST, variables);
  expect(res.data).toBeNull();
  expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  expect(fields(res)).toEqual([field]);
  expect(res.errors![0].message).toContain(field);
});

test("variables graphql-js refuses are BAD_USER_INPUT naming their fields, all of them", async () => {
  const missing = await api.gql(`query Q($slug: String!) { job(slug: $slug) { id } }`, {});
  expect(missing.status).toBe(400);
  expect(codes(missing)).toEqual(["BAD_USER_INPUT"]);
  expect(fields(missing)).toEqual(["slug"]);

  const nested = await api.gql(CREATE_ALERT, { input: { email: "ada@example.com", frequency: "HOURLY", criteria: { salaryMin: "lots" } } });
  expect(nested.status).toBe(400);
  expect(fields(nested)).toEqual(["input.frequency", "input.criteria.salaryMin"]);
  expect(JSON.stringify(nested.errors)).not.toMatch(/did you mean/i);
});

test("similarJobs(first) is bounded like every other page size", async () => {
  const job = await api.make.job();
  const res = await api.gql(`query Q($slug: String!) { job(slug: $slug) { similarJobs(first: 21) { slug } } }`, { slug: job.slug });
  expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "first" })]);
});

test("a forged or foreign cursor gets BAD_USER_INPUT on `after`", async () => {
  await api.make.job();
  const forged = [
    "not-a-cursor",
    Buffer.from('["posted-DESC","2024-01-01 00:00:00+00","1; DROP TABLE jobs"]').toString("base64url"),
    Buffer.from('["posted-DESC","yesterday\' OR 1=1",1]').toString("base64url"),
    Buffer.from('["salary-desc","100",1]').toString("base64url"), // a cursor from another order
  ];
  for (const after of forged) {
    const res = await api.gql(LATEST, { first: 5, after });
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(fields(res)).toEqual(["after"]);
  }
  expect(await api.ds.query(`SELECT count(*)::int AS n FROM jobs`)).toEqual([{ n: 1 }]);
});

test("an unknown enum value is refused before anything runs", async () => {
  const inVariables = await api.gql(LATEST, { first: 5, filter: { seniorities: ["WIZARD"] } });
  expect(inVariables.status).toBe(400);
  expect(codes(inVariables)).toEqual(["BAD_USER_INPUT"]);
  expect(inVariables.errors![0].message).toMatch(/WIZARD/);

  const inline = await api.gql(`{ jobs(filter: { remote: [SOMETIMES] }) { totalCount } }`);
  expect(inline.status).toBe(400);
  expect(codes(inline)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
});

test("a request body over the limit gets 413 with a GraphQL-shaped error", async () => {
  const res = await fetch(`${api.server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: LATEST, variables: { filter: { query: "x".repeat(200_000) } } }),
  });
  expect(res.status).toBe(413);
  const body = (await res.json()) as any;
  expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  expect(body.errors[0].message).toMatch(/larger than/);
});

test("malformed JSON gets 400, not 500", async () => {
  const res = await fetch(`${api.server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
  expect(res.status).toBe(400);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
});

test("createAlert with an invalid email names the field and writes nothing", async () => {
  const res = await api.gql(CREATE_ALERT, { input: { email: "not-an-email", frequency: "DAILY", criteria: { query: "llm" } } });
  expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  expect(fields(res)).toEqual(["input.email"]);
  expect(
    await api.ds.query(`SELECT (SELECT count(*) FROM alerts)::int AS alerts, (SELECT count(*) FROM email_outbox)::int AS emails`),
  ).toEqual([{ alerts: 0, emails: 0 }]);
});

test("createAlert with unknown slugs lists each bad field and writes nothing", async () => {
  await api.make.category({ slug: "generative-ai" });
  const res = await api.gql(CREATE_ALERT, {
    input: {
      email: "ada@example.com",
      frequency: "DAILY",
      criteria: { categories: ["generative-ai", "astrology"], locations: ["atlantis"], salaryMin: 1, salaryCurrency: "ABC" },
    },
  });
  expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  expect(fields(res)!.sort()).toEqual(["input.criteria.categories", "input.criteria.locations", "input.criteria.salaryCurrency"]);
  expect(res.errors![0].message).toContain("astrology");
  expect(await api.ds.query(`SELECT count(*)::int AS n FROM alerts`)).toEqual([{ n: 0 }]);
});

test("a failure inside the server is masked: no SQL, no stack; it is logged once with the request id", async () => {
  await api.make.job();
  await api.ds.query(`ALTER TABLE companies RENAME COLUMN name TO name_gone`);
  try {
    const res = await api.gql(`{ jobs(first: 1) { edges { node { company { name } } } } }`);
    expect(codes(res)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(res.errors![0].message).toBe("Internal server error");
    expect(JSON.stringify(res)).not.toMatch(/SELECT|name_gone|stacktrace|\.ts:/);
    const failed = (await api.logs()).filter((l) => l.level >= 50);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ req: { id: res.requestId }, err: { message: expect.stringMatching(/name/) } });
  } finally {
    await api.ds.query(`ALTER TABLE companies RENAME COLUMN name_gone TO name`);
  }
});

test("an operation that asks for too much is refused with QUERY_TOO_COMPLEX", async () => {
  const res = await api.gql(
    `{ jobs(first: 100) { edges { node { similarJobs(first: 20) { company { jobs(first: 100) { edges { node { title } } } } } } } } }`,
  );
  expect(codes(res)).toEqual(["QUERY_TOO_COMPLEX"]);
});

test("GET /healthz checks the database", async () => {
  const res = await fetch(`${api.server.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: "ok" });
});

test("persisted queries: a hash that does not match its query is the client's fault (400 BAD_REQUEST); an unknown hash asks for the query", async () => {
  const post = (body: unknown) =>
    fetch(`${api.server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const mismatch = await post({
    query: "{ jobCategories { slug } }",
    extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
  });
  expect(mismatch.status).toBe(400);
  expect(((await mismatch.json()) as any).errors).toEqual([
    { message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } },
  ]);

  const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } });
  expect(unknown.status).toBe(200);
  expect(((await unknown.json()) as any).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
});

test("an operationName that names no operation in the document is a 400 saying so, never a 500", async () => {
  for (const operationName of ["", "LatestJobs", "x".repeat(200)]) {
    for (const query of ["{ viewer { id } }", "query Mine { viewer { id } }"]) {
      const res = await fetch(`${api.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, operationName }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
      expect(body.errors[0].message).toMatch(/^Unknown operation named/);
    }
  }
});
