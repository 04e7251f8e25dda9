import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { partnerOperations } from "@hiredinai/schema";
import { startServer } from "../src/app/server";
import { Role } from "../src/features/accounts/user.enums";
import { toGlobalId } from "../src/shared/graphql/global-id";
import { bearer, browserCookie, makeApiKey, makeUser, sessionFor } from "./support/accounts";
import { TEST_WEB_URL, testConfig, useTestApi } from "./support/test-api";

/**
 * Public reads a CDN can cache: queries over GET by their persisted-query hash (as the web app's
 * PersistedQueryLink sends them), with Cache-Control from the schema's hints, ETags and 304s; and
 * never a shared-cacheable answer for a signed-in caller, or for anything about the caller.
 */
const api = useTestApi();
const ops = partnerOperations();
const op = (name: string) => {
  const source = ops.get(name);
  if (!source) throw new Error(`the partner contract has no operation ${name}`);
  return source;
};

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The headers Apollo Client sends with a GET (its JSON content-type satisfies CSRF prevention). */
const CLIENT_HEADERS = { accept: "application/graphql-response+json,application/json;q=0.9", "content-type": "application/json" };

/** `/graphql?…` for an operation as a persisted query: its hash, and the query itself unless `hashOnly`. */
function getPath(query: string, variables?: Record<string, unknown>, hashOnly = false): string {
  const params = new URLSearchParams();
  if (!hashOnly) params.set("query", query);
  if (variables) params.set("variables", JSON.stringify(variables));
  params.set("extensions", JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }));
  return `/graphql?${params}`;
}

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: Record<string, unknown>;
  };
}

async function get(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  hashOnly = false,
): Promise<Answer> {
  const res = await fetch(`${api.server.url}${getPath(query, variables, hashOnly)}`, { headers: { ...CLIENT_HEADERS, ...headers } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer["body"] };
}

async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${api.server.url}/graphql`, {
    method: "POST",
    headers: { ...CLIENT_HEADERS, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer["body"] };
}

/**
 * A conditional GET as a browser or CDN revalidates (fetch would add `Cache-Control: no-cache`, which
 * asks for a full answer): the status, and how many bytes of body came back.
 */
function revalidate(path: string, etag: string): Promise<{ status: number; bodyBytes: number; cacheControl?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${api.server.url}${path}`, { headers: { ...CLIENT_HEADERS, "if-none-match": etag } }, (res) => {
      let bodyBytes = 0;
      res.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode!, bodyBytes, cacheControl: res.headers["cache-control"] }));
    });
    req.on("error", reject);
    req.end();
  });
}

const PUBLIC_60 = "public, max-age=60, stale-while-revalidate=300";

async function world() {
  const category = await api.make.category({ slug: "generative-ai", name: "Generative AI" });
  const company = await api.make.company({ slug: "acme-ai", name: "Acme AI" });
  const term = await api.make.glossaryTerm({ slug: "large-language-model", term: "Large Language Model", aliases: ["LLM"] });
  const job = await api.make.job({
    slug: "llm-engineer",
    title: "LLM Engineer",
    companyId: company.id,
    categoryId: category.id,
    tags: ["llm"],
  });
  return { category, company, term, job };
}

/** The partner contract's queries (name, source, variables) for `world()`. */
function contractQueries(w: Awaited<ReturnType<typeof world>>): [string, string, Record<string, unknown>][] {
  const variables: Record<string, Record<string, unknown>> = {
    LatestJobs: { first: 10 },
    SearchJobs: { query: "LLM" },
    JobDetail: { slug: w.job.slug },
    CompanyProfile: { slug: w.company.slug },
    JobCategories: {},
    GlossaryIndex: {},
    GlossaryTermPage: { slug: w.term.slug },
    SalaryStats: {},
    ByGlobalId: { id: toGlobalId("Job", w.job.id) },
    RateLimit: {},
  };
  const queries = [...ops].filter(([, source]) => /^\s*query\b/.test(source));
  expect(queries.map(([name]) => name).sort()).toEqual(Object.keys(variables).sort());
  return queries.map(([name, source]) => [name, source, variables[name]]);
}

describe("anonymous GETs of public data", () => {
  test("are public for a short max-age with stale-while-revalidate, carry a weak ETag, and revalidate to 304 with no body", async () => {
    const w = await world();
    const query = op("JobDetail");
    const res = await get(query, { slug: w.job.slug });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.job).toMatchObject({ slug: "llm-engineer", title: "LLM Engineer", company: { name: "Acme AI" } });
    expect(res.headers.get("cache-control")).toBe(PUBLIC_60);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]{20,}"$/);
    // The same for everyone: nothing in it about this caller's budget, and it varies with credentials.
    expect(res.body.extensions?.rateLimit).toBeUndefined();
    expect(res.headers.get("x-ratelimit-remaining")).toBeNull();
    for (const header of ["Origin", "Accept", "Authorization", "Cookie", "X-API-Key"]) expect(res.headers.get("vary")).toContain(header);

    const path = getPath(query, { slug: w.job.slug }, true);
    expect(await revalidate(path, etag)).toEqual({ status: 304, bodyBytes: 0, cacheControl: PUBLIC_60 });
    // Once the job changes, the old ETag no longer matches: the new page comes back whole.
    await api.ds.query(`UPDATE jobs SET title = 'Staff LLM Engineer' WHERE id = $1`, [w.job.id]);
    const changed = await revalidate(path, etag);
    expect(changed.status).toBe(200);
    expect(changed.bodyBytes).toBeGreaterThan(0);
    const again = await get(query, { slug: w.job.slug }, {}, true);
    expect(again.body.data!.job.title).toBe("Staff LLM Engineer");
    expect(again.headers.get("etag")).not.toBe(etag);
  });

  test("live as long as their shortest-lived part: the glossary longer than jobs", async () => {
    await world();
    expect((await get("{ glossaryLetters { letter count } }")).headers.get("cache-control")).toBe(
      "public, max-age=300, stale-while-revalidate=1500",
    );
    expect((await get("{ glossaryLetters { letter } jobCategories { slug jobCount } }")).headers.get("cache-control")).toBe(PUBLIC_60);
  });

  test("every partner query is public over GET, except the one about the caller's own budget", async () => {
    const w = await world();
    for (const [name, query, variables] of contractQueries(w)) {
      const res = await get(query, variables);
      expect([name, res.status, res.body.errors]).toEqual([name, 200, undefined]);
      const expected = name === "RateLimit" ? "no-store" : expect.stringMatching(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
      expect([name, res.headers.get("cache-control")]).toEqual([name, expected]);
    }
  });

  test("anything about the caller is never public, even asked by nobody", async () => {
    await world();
    for (const query of [
      "{ viewer { email } }",
      "{ rateLimit { remaining } }",
      "{ jobCategories { slug } rateLimit { remaining } }",
      "{ jobs(first: 1) { totalCount } viewer { email } }",
      "{ plans { slug } myCompany { name } }",
      "{ __schema { queryType { name } } }",
    ]) {
      const res = await get(query);
      expect([query, res.headers.get("cache-control"), res.headers.get("etag")]).toEqual([query, "no-store", null]);
    }
    // An answer with errors is not cached either.
    const refused = await get("{ jobs(first: 1000) { totalCount } }");
    expect(refused.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });
});

describe("signed-in callers", () => {
  test("never get a public answer, for public data either, over GET or POST: session cookie, bearer token, API key", async () => {
    const w = await world();
    const employer = await makeUser(api.ds, { role: Role.EMPLOYER, companyId: w.company.id });
    const token = await sessionFor(api.ds, employer);
    const admin = await sessionFor(api.ds, await makeUser(api.ds, { role: Role.ADMIN }));
    const callers: Record<string, Record<string, string>> = {
      cookie: browserCookie(token),
      bearer: bearer(token),
      admin: bearer(admin),
      apiKey: { "x-api-key": (await makeApiKey(api.ds)).secret },
    };
    const queries: [string, Record<string, unknown>][] = [
      ...contractQueries(w).map(([, query, variables]): [string, Record<string, unknown>] => [query, variables]),
      ["{ viewer { email } }", {}],
      ["{ jobCategories { slug } viewer { email } }", {}],
      ["{ glossaryLetters { letter } plans { slug } }", {}],
    ];
    let answered = 0;
    for (const [caller, headers] of Object.entries(callers)) {
      for (const [query, variables] of queries) {
        for (const res of [await get(query, variables, headers), await post(query, variables, headers)]) {
          expect([caller, query, res.status]).toEqual([caller, query, 200]);
          expect([caller, query, res.headers.get("cache-control")]).toEqual([caller, query, "no-store"]);
          expect(res.headers.get("etag")).toBeNull();
          // Theirs, so it still says where their budget stands.
          expect(res.body.extensions?.rateLimit).toBeDefined();
          answered += 1;
        }
      }
    }
    expect(answered).toBe(Object.keys(callers).length * queries.length * 2);
    // An expired session cookie reads as nobody, but its answer clears the cookie: not for a shared cache.
    const expired = await fetch(`${api.server.url}${getPath("{ jobCategories { slug } }")}`, {
      headers: { ...CLIENT_HEADERS, ...browserCookie("no-such-session") },
    });
    expect(((await expired.json()) as Answer["body"]).data).toEqual({ jobCategories: [{ slug: "generative-ai" }] });
    expect(expired.headers.get("set-cookie")).toMatch(/hiredinai_session=;/);
    expect(expired.headers.get("cache-control")).toBe("no-store");
    // The cookie really signed the browser in over GET (the answers above were the employer's).
    expect((await get("{ viewer { email } myCompany { slug } }", {}, callers.cookie)).body.data).toEqual({
      viewer: { email: employer.email },
      myCompany: { slug: "acme-ai" },
    });
  });
});

describe("automatic persisted queries over GET", () => {
  test("a hash the server doesn't know is PersistedQueryNotFound (not cached); sent once with its query, the hash alone works", async () => {
    await world();
    const query = `query CacheTestCategories { jobCategories { slug name } }`;
    const miss = await get(query, undefined, {}, true);
    expect(miss.status).toBe(200);
    expect(miss.body.errors).toEqual([expect.objectContaining({ message: "PersistedQueryNotFound" })]);
    expect(miss.body.errors![0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(miss.headers.get("cache-control")).toBe("no-store");

    const registered = await get(query);
    expect(registered.body).toEqual({ data: { jobCategories: [{ slug: "generative-ai", name: "Generative AI" }] } });
    expect(registered.headers.get("cache-control")).toBe(PUBLIC_60);

    const hit = await get(query, undefined, {}, true);
    expect(hit.body).toEqual(registered.body);
    expect(hit.headers.get("cache-control")).toBe(PUBLIC_60);
    expect(hit.headers.get("etag")).toBe(registered.headers.get("etag"));
  });

  test("a query registered by POST (the client's retry after a miss) is then served by its hash over GET", async () => {
    await world();
    const query = `query CacheTestLetters { glossaryLetters { letter } }`;
    const res = await fetch(`${api.server.url}/graphql`, {
      method: "POST",
      headers: CLIENT_HEADERS,
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
    });
    expect(res.headers.get("cache-control")).toBe("no-store"); // no cache keeps a POST
    expect((await get(query, undefined, {}, true)).body).toEqual({ data: { glossaryLetters: [{ letter: "L" }] } });
  });

  test("a hash that isn't the query's is refused", async () => {
    const params = new URLSearchParams({
      query: "{ jobCategories { slug } }",
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256("{ plans { slug } }") } }),
    });
    const res = await fetch(`${api.server.url}/graphql?${params}`, { headers: CLIENT_HEADERS });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Answer["body"]).errors?.[0].message).toBe("provided sha does not match query");
  });
});

describe("GET runs queries only", () => {
  test("a mutation over GET is refused with 405 and a clear message, and does nothing; over POST it works", async () => {
    const mutation = op("CreateAlert");
    const variables = { input: { email: "get-alert@example.com", frequency: "DAILY", criteria: { query: "llm" } } };
    const res = await get(mutation, variables);
    expect(res.status).toBe(405);
    expect(res.body.errors?.[0].message).toBe("GET requests only support query operations, not mutation operations");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await api.ds.query(`SELECT 1 FROM alerts`)).toHaveLength(0);

    const posted = await post(mutation, variables);
    expect([posted.status, posted.body.errors]).toEqual([200, undefined]);
    expect(posted.body.data!.createAlert.alert.email).toBe("get-alert@example.com");
    expect(posted.headers.get("cache-control")).toBe("no-store");
  });

  test("CSRF prevention: a GET without a JSON content-type or a preflight header is refused; partners send `apollo-require-preflight`", async () => {
    await world();
    const url = `${api.server.url}${getPath("{ jobCategories { slug } }")}`;
    const bare = await fetch(url, { headers: { accept: "application/json" } });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toMatch(/CSRF/);
    const partner = await fetch(url, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(partner.status).toBe(200);
    expect(partner.headers.get("cache-control")).toBe(PUBLIC_60);
  });

  test("POST still answers public queries as before: with the caller's budget, and not for caching", async () => {
    await world();
    const res = await post("{ jobCategories { slug } }");
    expect(res.body.data).toEqual({ jobCategories: [{ slug: "generative-ai" }] });
    expect(res.body.extensions?.rateLimit).toMatchObject({ cost: expect.any(Number), remaining: expect.any(Number) });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
  });
});

test("the web app's same-origin GETs (no Origin header) spend its web-app budget, not the anonymous one", async () => {
  const server = await startServer(api.ds, testConfig({ RATE_LIMIT_ANONYMOUS: "60", RATE_LIMIT_WEB_APP: "500" }), {
    port: 0,
    host: "127.0.0.1",
  });
  try {
    const limit = async (headers: Record<string, string>) => {
      const res = await fetch(`${server.url}${getPath("{ rateLimit { limit } }")}`, { headers: { ...CLIENT_HEADERS, ...headers } });
      return ((await res.json()) as Answer["body"]).data!.rateLimit.limit as number;
    };
    expect(await limit({ "sec-fetch-site": "same-origin" })).toBe(500);
    expect(await limit({ origin: TEST_WEB_URL })).toBe(500);
    expect(await limit({})).toBe(60);
    expect(await limit({ "sec-fetch-site": "cross-site" })).toBe(60);
  } finally {
    await server.close();
  }
});
