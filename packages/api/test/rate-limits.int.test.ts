import { parse, type GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { pointsFor } from "../src/app/budget-plugin";
import { buildSchema } from "../src/app/build-schema";
import { startServer, type RunningServer } from "../src/app/server";
import { Role } from "../src/features/accounts/user.enums";
import { bearer, browserCookie, makeApiKey, makeUser, sessionFor } from "./support/accounts";
import { TEST_WEB_URL, testConfig, useTestApi, type GraphQLResponse } from "./support/test-api";

/**
 * Cost-based rate limits over real HTTP: each operation's points (its complexity in hundreds, from
 * the document and its variables) are spent from its caller's budget in Postgres before it runs.
 */
const api = useTestApi();

const RATE_LIMIT = `query RateLimit { rateLimit { limit cost used remaining resetAt } }`;
/** A connection whose cost is its `first` times one job's (a description weighs 50). */
const JOBS = `query Jobs($first: Int) { jobs(first: $first) { totalCount edges { node { id title description } } } }`;
const CREATE_ALERT = `mutation ($input: CreateAlertInput!) { createAlert(input: $input) { alert { id } } }`;

interface RateLimitReport {
  limit: number;
  cost: number;
  used: number;
  remaining: number;
  resetAt: string;
}

async function gqlAt(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse, "status" | "headers" | "requestId">;
  return { status: res.status, headers: res.headers, requestId: res.headers.get("x-request-id"), ...body } as GraphQLResponse;
}

/** The budget report of a response that was let through. */
function report(res: GraphQLResponse): RateLimitReport {
  expect(res.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.extensions!.rateLimit as RateLimitReport;
}

/** A refusal for an overspent budget: 429, RATE_LIMITED, Retry-After within the window, nothing run, the budget reported spent. */
function expectOverBudget(res: GraphQLResponse, windowSeconds = 3600): RateLimitReport {
  expect(res.status).toBe(429);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
  expect(res.data).toBeUndefined();
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(res.errors![0].extensions!.retryAfter).toBe(retryAfter);
  const state = res.extensions!.rateLimit as RateLimitReport;
  // It did not fit; what it would have cost is not kept (see the next test).
  expect(state.remaining).toBeLessThan(state.cost);
  expect(res.headers.get("x-ratelimit-remaining")).toBe(String(state.remaining));
  return state;
}

const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now()) + 50));

/** Requests from `ip` (the servers below trust X-Forwarded-For), optionally from the web app's pages. */
const from = (ip: string, origin?: string): Record<string, string> => ({ "x-forwarded-for": ip, ...(origin ? { origin } : {}) });

let schema: GraphQLSchema;
/** Two API processes on the test database, with small budgets: anonymous 60, web app 500, people 300, admins 900. */
let limited: RunningServer;
let twin: RunningServer;
const LIMITS = {
  RATE_LIMIT_ANONYMOUS: "60",
  RATE_LIMIT_WEB_APP: "500",
  RATE_LIMIT_USER: "300",
  RATE_LIMIT_ADMIN: "900",
  TRUST_PROXY: "true",
};

beforeAll(async () => {
  schema = await buildSchema();
  limited = await startServer(api.ds, testConfig(LIMITS), { port: 0, host: "127.0.0.1" });
  twin = await startServer(api.ds, testConfig(LIMITS), { port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await limited?.close();
  await twin?.close();
});

/** The operation's complexity as the cost model declares it, computed here from the document and its variables. */
function complexityOf(query: string, variables: Record<string, unknown>): number {
  return getComplexity({
    schema,
    query: parse(query),
    variables,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

describe("cost", () => {
  test("is computed from the variables: the same operation with first: 5 and first: 100 costs pointsFor its complexity", async () => {
    const key = await makeApiKey(api.ds, { hourlyBudget: 10_000 });
    const small = report(await gqlAt(limited.url, JOBS, { first: 5 }, { "x-api-key": key.secret }));
    const large = report(await gqlAt(limited.url, JOBS, { first: 100 }, { "x-api-key": key.secret }));
    const [c5, c100] = [complexityOf(JOBS, { first: 5 }), complexityOf(JOBS, { first: 100 })];
    // A connection costs its page size times one item: 20 times the page, 20 times the cost (less the connection's own 1).
    expect((c100 - 1) / (c5 - 1)).toBe(20);
    expect(small.cost).toBe(pointsFor(c5));
    expect(large.cost).toBe(pointsFor(c100));
    expect(large.cost).toBeGreaterThan(small.cost * 10);
    // Both were spent from the key's budget.
    expect(large).toMatchObject({ limit: 10_000, used: small.cost + large.cost, remaining: 10_000 - small.cost - large.cost });
    // The same literal in the document costs the same as through a variable; the default page is 20.
    const literal = report(
      await gqlAt(limited.url, JOBS.replace("($first: Int)", "").replace("$first", "100"), {}, { "x-api-key": key.secret }),
    );
    expect(literal.cost).toBe(large.cost);
    const byDefault = report(await gqlAt(limited.url, JOBS, {}, { "x-api-key": key.secret }));
    expect(byDefault.cost).toBe(pointsFor(complexityOf(JOBS, { first: 20 })));
  });

  test("budgets are spent by cost until one is refused: 429, RATE_LIMITED, Retry-After, and nothing runs", async () => {
    const headers = from("198.51.100.7");
    let expected = 60;
    let refused: GraphQLResponse | null = null;
    for (let i = 0; i < 10 && !refused; i++) {
      const res = await gqlAt(limited.url, JOBS, { first: 100 }, headers);
      if (res.status === 429) refused = res;
      else {
        const state = report(res);
        expected -= state.cost;
        expect(state.remaining).toBe(expected);
      }
    }
    const cost = pointsFor(complexityOf(JOBS, { first: 100 }));
    expect(expected).toBeLessThan(cost); // refused exactly when the next one no longer fitted
    expect(expected).toBeGreaterThanOrEqual(0);
    expect(expectOverBudget(refused!)).toMatchObject({ limit: 60, cost, remaining: expected });
    // The refused operation's points were given back: one that fits still runs.
    if (expected >= 1) expect(report(await gqlAt(limited.url, RATE_LIMIT, {}, headers)).remaining).toBe(expected - 1);

    // Spent to the last point, every operation is refused, and a refused mutation writes nothing.
    while ((await gqlAt(limited.url, RATE_LIMIT, {}, headers)).status === 200);
    const alert = await gqlAt(
      limited.url,
      CREATE_ALERT,
      { input: { email: "ada@example.com", frequency: "DAILY", criteria: { query: "llm" } } },
      headers,
    );
    expectOverBudget(alert);
    expect(Number((await api.ds.query(`SELECT count(*)::int AS n FROM alerts`))[0].n)).toBe(0);
    expect(Number((await api.ds.query(`SELECT count(*)::int AS n FROM email_outbox`))[0].n)).toBe(0);
  });

  test("a refused operation at the complexity limit is not charged to anyone", async () => {
    const headers = from("198.51.100.8");
    const huge = `{ a: jobs(first: 100) { edges { node { description descriptionHtml } } } b: jobs(first: 100) { edges { node { description descriptionHtml } } } }`;
    const res = await gqlAt(limited.url, huge, {}, headers);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(report(await gqlAt(limited.url, RATE_LIMIT, {}, headers)).used).toBe(1);
  });
});

describe("the budget window", () => {
  let short: RunningServer;
  beforeAll(async () => {
    short = await startServer(api.ds, testConfig({ RATE_LIMIT_ANONYMOUS: "3", RATE_LIMIT_WINDOW_SECONDS: "2" }), {
      port: 0,
      host: "127.0.0.1",
    });
  });
  afterAll(() => short?.close());

  test("refills once the resetAt the API reported has passed", async () => {
    let refused: GraphQLResponse | null = null;
    for (let i = 0; i < 10 && !refused; i++) {
      const res = await gqlAt(short.url, RATE_LIMIT);
      if (res.status === 429) refused = res;
    }
    const spent = expectOverBudget(refused!, 2);
    await sleepUntil(Date.parse(spent.resetAt));
    const whole = report(await gqlAt(short.url, RATE_LIMIT));
    expect(whole).toMatchObject({ limit: 3, cost: 1, used: 1, remaining: 2 });
    expect(Date.parse(whole.resetAt)).toBeGreaterThan(Date.parse(spent.resetAt));
  });
});

describe("two API processes on one database", () => {
  test("spend one budget between them, for an address and for a key", async () => {
    const headers = from("198.51.100.9");
    const used = [];
    for (const server of [limited, twin, limited, twin]) used.push(report(await gqlAt(server.url, RATE_LIMIT, {}, headers)).used);
    expect(used).toEqual([1, 2, 3, 4]);
    // Spend the rest on one process: the other refuses too.
    const big = report(await gqlAt(limited.url, JOBS, { first: 100 }, headers));
    expect(big.used).toBe(4 + big.cost);
    while (report(await gqlAt(twin.url, RATE_LIMIT, {}, headers)).remaining > 0);
    expectOverBudget(await gqlAt(limited.url, RATE_LIMIT, {}, headers));
    expectOverBudget(await gqlAt(twin.url, RATE_LIMIT, {}, headers));

    const key = await makeApiKey(api.ds, { hourlyBudget: 2 });
    expect(report(await gqlAt(limited.url, RATE_LIMIT, {}, { "x-api-key": key.secret })).remaining).toBe(1);
    expect(report(await gqlAt(twin.url, RATE_LIMIT, {}, { "x-api-key": key.secret })).remaining).toBe(0);
    expectOverBudget(await gqlAt(limited.url, RATE_LIMIT, {}, { "x-api-key": key.secret }));
  });
});

describe("the rateLimit query", () => {
  test("answers the same numbers as extensions.rateLimit and the X-RateLimit-* headers", async () => {
    const key = await makeApiKey(api.ds, { hourlyBudget: 1_000 });
    report(await gqlAt(limited.url, JOBS, { first: 50 }, { "x-api-key": key.secret }));
    const res = await gqlAt(limited.url, RATE_LIMIT, {}, { "x-api-key": key.secret });
    const ext = report(res);
    expect(res.data!.rateLimit).toEqual(ext);
    expect(ext.cost).toBe(1);
    expect(ext.used).toBeGreaterThan(1);
    expect(ext.remaining).toBe(1_000 - ext.used);
    expect(Date.parse(ext.resetAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(ext.resetAt)).toBeLessThanOrEqual(Date.now() + 3_600_000);
    expect(
      Object.fromEntries(["limit", "remaining", "used", "cost", "reset"].map((h) => [h, res.headers.get(`x-ratelimit-${h}`)])),
    ).toEqual({
      limit: "1000",
      remaining: String(ext.remaining),
      used: String(ext.used),
      cost: "1",
      reset: String(Math.ceil(Date.parse(ext.resetAt) / 1000)),
    });
  });

  test("costs what the whole operation costs when asked beside other fields", async () => {
    const res = await gqlAt(
      limited.url,
      `query ($first: Int) { rateLimit { cost used } jobs(first: $first) { edges { node { description } } } }`,
      {
        first: 100,
      },
    );
    const ext = report(res);
    expect(ext.cost).toBeGreaterThan(1);
    expect(res.data!.rateLimit).toEqual({ cost: ext.cost, used: ext.used });
  });
});

describe("whose budget", () => {
  test("anonymous callers per address, the web app's pages per address, each key its own hourlyBudget, people by role", async () => {
    const limitOf = async (headers: Record<string, string>) => report(await gqlAt(limited.url, RATE_LIMIT, {}, headers));
    const seeker = await makeUser(api.ds, { role: Role.JOB_SEEKER });
    const admin = await makeUser(api.ds, { role: Role.ADMIN });
    const small = await makeApiKey(api.ds, { hourlyBudget: 77 });
    const large = await makeApiKey(api.ds, { hourlyBudget: 88 });

    expect(await limitOf(from("203.0.113.1"))).toMatchObject({ limit: 60, used: 1 });
    expect(await limitOf(from("203.0.113.1", TEST_WEB_URL))).toMatchObject({ limit: 500, used: 1 });
    expect(await limitOf(from("203.0.113.2"))).toMatchObject({ limit: 60, used: 1 });
    // Another site's origin is no web app: the address's anonymous budget.
    expect(await limitOf(from("203.0.113.1", "https://elsewhere.example"))).toMatchObject({ limit: 60, used: 2 });
    // A key's budget is the key's wherever it is sent from, and each key counts apart.
    expect(await limitOf({ ...from("203.0.113.1"), "x-api-key": small.secret })).toMatchObject({ limit: 77, used: 1 });
    expect(await limitOf({ ...from("203.0.113.1", TEST_WEB_URL), authorization: `Bearer ${large.secret}` })).toMatchObject({
      limit: 88,
      used: 1,
    });
    expect(await limitOf({ ...from("203.0.113.3"), "x-api-key": small.secret })).toMatchObject({ limit: 77, used: 2 });
    // People by account, whichever way they are signed in.
    const seekerToken = await sessionFor(api.ds, seeker);
    expect(await limitOf({ ...from("203.0.113.1"), ...bearer(seekerToken) })).toMatchObject({ limit: 300, used: 1 });
    expect(await limitOf({ ...from("203.0.113.4"), ...browserCookie(seekerToken) })).toMatchObject({ limit: 300, used: 2 });
    expect(await limitOf({ ...from("203.0.113.1"), ...bearer(await sessionFor(api.ds, admin)) })).toMatchObject({ limit: 900, used: 1 });
  });

  test("an address that spent its anonymous budget keeps its web app budget; other addresses keep theirs", async () => {
    const spender = from("203.0.113.10");
    while ((await gqlAt(limited.url, JOBS, { first: 100 }, spender)).status !== 429);
    while ((await gqlAt(limited.url, RATE_LIMIT, {}, spender)).status !== 429);
    expectOverBudget(await gqlAt(limited.url, RATE_LIMIT, {}, spender));
    expect(report(await gqlAt(limited.url, RATE_LIMIT, {}, from("203.0.113.10", TEST_WEB_URL))).limit).toBe(500);
    expect(report(await gqlAt(limited.url, RATE_LIMIT, {}, from("203.0.113.11"))).used).toBe(1);
    const key = await makeApiKey(api.ds);
    expect(report(await gqlAt(limited.url, RATE_LIMIT, {}, { ...spender, "x-api-key": key.secret })).used).toBe(1);
  });
});

describe("introspection in production", () => {
  let production: RunningServer;
  beforeAll(async () => {
    production = await startServer(api.ds, testConfig({ NODE_ENV: "production" }), { port: 0, host: "127.0.0.1" });
  });
  afterAll(() => production?.close());

  const INTROSPECT = `{ __schema { types { name } } }`;
  const typeNames = (res: GraphQLResponse) => (res.data!.__schema.types as { name: string }[]).map((t) => t.name);

  test("is refused to anonymous callers and to people who are not admins (FORBIDDEN)", async () => {
    const anonymous = await gqlAt(production.url, INTROSPECT);
    expect(anonymous.status).toBe(403);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(anonymous.data).toBeUndefined();
    const typeQuery = await gqlAt(production.url, `{ __type(name: "Job") { name } }`);
    expect(typeQuery.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const seeker = await makeUser(api.ds, { role: Role.JOB_SEEKER });
    const person = await gqlAt(production.url, INTROSPECT, {}, bearer(await sessionFor(api.ds, seeker)));
    expect(person.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    // Ordinary operations (and __typename) still work for them.
    expect(report(await gqlAt(production.url, `{ __typename rateLimit { limit } }`)).limit).toBe(1_000_000_000);
  });

  test("is allowed with an API key and for an admin", async () => {
    const key = await makeApiKey(api.ds);
    expect(typeNames(await gqlAt(production.url, INTROSPECT, {}, { "x-api-key": key.secret }))).toEqual(
      expect.arrayContaining(["Query", "Job", "RateLimit"]),
    );
    const admin = await makeUser(api.ds, { role: Role.ADMIN });
    const token = await sessionFor(api.ds, admin);
    expect(typeNames(await gqlAt(production.url, INTROSPECT, {}, bearer(token)))).toEqual(expect.arrayContaining(["Query", "ApiKey"]));
    // The playground, signed in with the session cookie.
    expect(typeNames(await gqlAt(production.url, INTROSPECT, {}, browserCookie(token)))).toContain("Mutation");
  });
});
