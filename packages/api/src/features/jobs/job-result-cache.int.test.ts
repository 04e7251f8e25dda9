import { partnerOperations } from "@hiredinai/schema";
import { startServer, type RunningServer } from "../../app/server";
import { testConfig, useTestApi } from "../../../test/support/test-api";
import { JobStatus, RemotePolicy } from "./job.enums";

// The result cache serves Postgres's own full-text search (SEARCH_ENGINE=postgres); the search index needs none.
const api = useTestApi({ SEARCH_ENGINE: "postgres" });

/** The same API and database with the search cache turned off: the answer every cached page must equal. */
let uncached: RunningServer;
beforeAll(async () => {
  uncached = await startServer(api.ds, testConfig({ SEARCH_ENGINE: "postgres", RESULT_CACHE_SECONDS: "0" }), {
    port: 0,
    host: "127.0.0.1",
  });
});
afterAll(() => uncached?.close());

async function gqlAt(url: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const SEARCH = `
  query Search($query: String!, $first: Int, $after: String, $field: JobOrderField!) {
    jobs(first: $first, after: $after, filter: { query: $query }, orderBy: { field: $field, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { slug } }
    }
  }`;

/** Every page of a search, `first` at a time: the slugs in order, and each page's totalCount and pageInfo. */
async function walk(url: string, query: string, first: number, field = "RELEVANCE") {
  const slugs: string[] = [];
  const pages: unknown[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const { jobs } = await gqlAt(url, SEARCH, { query, first, after, field });
    slugs.push(...jobs.edges.map((e: any) => e.node.slug));
    pages.push({ totalCount: jobs.totalCount, pageInfo: jobs.pageInfo, size: jobs.edges.length });
    if (!jobs.pageInfo.hasNextPage) break;
    after = jobs.pageInfo.endCursor;
  }
  return { slugs, pages };
}

const searchSlugs = async (query: string) => (await walk(api.server.url, query, 100)).slugs;
const totalOf = async (query: string) => (await gqlAt(api.server.url, SEARCH, { query, first: 1, field: "RELEVANCE" })).jobs.totalCount;

describe("full-text search ranking cache", () => {
  test("a repeated search is answered from the shared ranking, and a job change is seen at once", async () => {
    const company = await api.make.company();
    const category = await api.make.category();
    const make = (slug: string) =>
      api.make.job({ slug, title: `Quantum ${slug} engineer`, companyId: company.id, categoryId: category.id });
    await make("a");
    await make("b");
    expect(await searchSlugs("quantum")).toEqual(["b", "a"]);
    const [{ n: entries }] = await api.ds.query(`SELECT count(*)::int AS n FROM result_cache`);
    expect(entries).toBe(1);

    // A second search reads the stored ranking in one statement: a tampered order shows through.
    await api.ds.query(`UPDATE result_cache SET ids = ARRAY[ids[2], ids[1]], keys = ARRAY[keys[2], keys[1]]`);
    const repeated = await api.gqlCounted(partnerOperations().get("SearchJobs")!, { query: "quantum" });
    expect(repeated.res.data!.jobs.edges.map((e: any) => e.node.slug)).toEqual(["a", "b"]);
    expect(repeated.res.data!.jobs.totalCount).toBe(2);
    expect(repeated.statements).toBe(1);

    // Any write to the jobs makes the stored ranking stale, in every API process at once.
    await make("c");
    expect(await totalOf("quantum")).toBe(3);
    expect(await searchSlugs("quantum")).toEqual(["c", "b", "a"]);
    await api.ds.query(`UPDATE jobs SET status = $1 WHERE slug = 'b'`, [JobStatus.CLOSED]);
    expect(await searchSlugs("quantum")).toEqual(["c", "a"]);
    expect(await totalOf("quantum")).toBe(2);
  });

  test("an entry older than RESULT_CACHE_SECONDS is ranked again, and expired entries are cleared", async () => {
    await api.make.job({ slug: "a", title: "Quantum engineer" });
    await api.make.job({ slug: "b", title: "Quantum quantum engineer" });
    await api.make.job({ slug: "c", title: "Photonics engineer" });
    expect(await searchSlugs("quantum")).toEqual(["b", "a"]);
    await api.ds.query(
      `UPDATE result_cache SET ids = ARRAY[ids[2], ids[1]], keys = ARRAY[keys[2], keys[1]], computed_at = now() - interval '61 seconds'`,
    );
    expect(await searchSlugs("quantum")).toEqual(["b", "a"]);
    // Storing a ranking clears the expired ones; here the fresh "quantum" entry replaced its old one.
    await api.ds.query(`UPDATE result_cache SET computed_at = now() - interval '61 seconds'`);
    expect(await searchSlugs("photonics")).toEqual(["c"]);
    const rows: { total: number }[] = await api.ds.query(`SELECT total FROM result_cache`);
    expect(rows).toEqual([{ total: 1 }]);
  });

  test.each(["RELEVANCE", "POSTED_AT"])("paging by %s gives what the uncached query gives, beyond the cached rows too", async (field) => {
    const company = await api.make.company();
    const category = await api.make.category();
    // 130 matches (more than the 100 cached), ranked apart by how often the title names the term,
    // with ties on rank and on posting time so the id tie-breaker counts too.
    await api.ds.query(
      `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, status, posted_at)
       SELECT 'job-' || lpad(i::text, 3, '0'), repeat('Quantum ', 1 + i % 3) || 'engineer', 'Build things.', $1, $2,
              'MID', 'FULL_TIME', 'REMOTE', 'PUBLISHED', now() - ((i % 40) || ' hours')::interval
       FROM generate_series(1, 130) AS i`,
      [company.id, category.id],
    );
    await api.make.job({ slug: "closed", title: "Quantum engineer", status: JobStatus.CLOSED });
    await api.make.job({ slug: "unrelated", title: "Sales lead" });

    const expected = await walk(uncached.url, "quantum", 100, field);
    expect(expected.slugs).toHaveLength(130);
    expect(new Set(expected.slugs).size).toBe(130);
    for (const first of [7, 30, 100]) {
      const cached = await walk(api.server.url, "quantum", first, field);
      expect(cached.slugs).toEqual(expected.slugs);
      expect(cached.pages.every((p: any) => p.totalCount === 130)).toBe(true);
      expect(cached.pages.at(-1)).toMatchObject({ pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    }
    // And a second walk, now from the stored ranking, still agrees.
    expect((await walk(api.server.url, "quantum", 30, field)).slugs).toEqual(expected.slugs);
  });

  test("a search with no match is stored as empty", async () => {
    await api.make.job({ title: "Quantum engineer" });
    for (let i = 0; i < 2; i++) {
      const { jobs } = await gqlAt(api.server.url, SEARCH, { query: "zymurgy", first: 5, field: "RELEVANCE" });
      expect(jobs).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null }, edges: [] });
    }
  });
});

describe("list totals", () => {
  const LATEST = partnerOperations().get("LatestJobs")!;
  const totalIn = async (category: string) => {
    const res = await api.gqlCounted(LATEST, { first: 2, filter: { categories: [category] } });
    expect(res.res.errors).toBeUndefined();
    // Counted or read from the cache, the total comes in the page's own statement.
    expect(res.statements).toBe(1);
    return res.res.data!.jobs.totalCount as number;
  };

  test("are counted once, read back until a job changes, and counted again after RESULT_CACHE_SECONDS", async () => {
    const category = await api.make.category({ slug: "vision" });
    for (let i = 0; i < 3; i++) await api.make.job({ categoryId: category.id });
    expect(await totalIn("vision")).toBe(3);

    // Read back, not counted: a tampered total shows through.
    await api.ds.query(`UPDATE result_cache SET total = 999`);
    expect(await totalIn("vision")).toBe(999);

    // A new job, a closed job: every API process sees the right total at once.
    await api.make.job({ categoryId: category.id });
    expect(await totalIn("vision")).toBe(4);
    await api.ds.query(`UPDATE jobs SET status = $1 WHERE id = (SELECT min(id) FROM jobs)`, [JobStatus.CLOSED]);
    expect(await totalIn("vision")).toBe(3);

    // Past its time, an entry is counted again (a job may have reached its closing date meanwhile).
    await api.ds.query(`UPDATE result_cache SET total = 999, computed_at = now() - interval '61 seconds'`);
    expect(await totalIn("vision")).toBe(3);
    const rows: { total: number }[] = await api.ds.query(`SELECT total FROM result_cache`);
    expect(rows).toEqual([{ total: 3 }]);
  });

  test("each filter has its own total, and a cursor does not change it", async () => {
    const a = await api.make.category({ slug: "a" });
    const b = await api.make.category({ slug: "b" });
    for (let i = 0; i < 5; i++) await api.make.job({ categoryId: i < 3 ? a.id : b.id });
    expect(await totalIn("a")).toBe(3);
    expect(await totalIn("b")).toBe(2);
    const page = await api.gql(LATEST, { first: 1, filter: { categories: ["a"] } });
    const next = await api.gqlCounted(LATEST, { first: 1, after: page.data!.jobs.pageInfo.endCursor, filter: { categories: ["a"] } });
    expect(next.res.data!.jobs.totalCount).toBe(3);
    expect(next.statements).toBe(1);
  });
});

describe("invalidation", () => {
  test("concurrent writers never wait for each other's open transactions, and each commit makes entries stale", async () => {
    const company = await api.make.company();
    const category = await api.make.category();
    const generation = async () =>
      Number((await api.ds.query(`SELECT generation FROM cache_generations WHERE scope = 'jobs'`))[0].generation);
    const before = await generation();
    const [a, b] = [api.ds.createQueryRunner(), api.ds.createQueryRunner()];
    const insert = (slug: string) =>
      `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, status, posted_at)
       VALUES ('${slug}', 'Quantum engineer', 'Build things.', ${company.id}, ${category.id}, 'MID', 'FULL_TIME', 'REMOTE', 'PUBLISHED', now())`;
    const within = <T>(promise: Promise<T>) =>
      Promise.race([
        promise,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("a writer waited for another's transaction")), 5_000)),
      ]);
    try {
      await a.startTransaction();
      await b.startTransaction();
      await within(a.query(insert("a")));
      await within(b.query(insert("b")));
      // Uncommitted writes are not seen, and do not make anything stale yet.
      expect(await searchSlugs("quantum")).toEqual([]);
      expect(await generation()).toBe(before);
      await a.commitTransaction();
      expect(await generation()).toBe(before + 1);
      expect(await searchSlugs("quantum")).toEqual(["a"]);
      await b.commitTransaction();
      expect(await generation()).toBe(before + 2);
      expect(await searchSlugs("quantum")).toEqual(["b", "a"]);
    } finally {
      await a.release();
      await b.release();
    }
  });
});

describe("facets", () => {
  const FACETS = `query($filter: JobFilter) { jobFacets(filter: $filter) { total remote { value count } tags { value count } } }`;
  const facets = async (filter: Record<string, unknown>) => {
    const res = await api.gqlCounted(FACETS, { filter });
    expect(res.res.errors).toBeUndefined();
    return { ...res.res.data!.jobFacets, statements: res.statements };
  };

  test("are counted once per filter and read back in one statement until a job changes", async () => {
    await api.make.job({ title: "Quantum engineer", remote: RemotePolicy.REMOTE, tags: ["qml"] });
    await api.make.job({ title: "Quantum researcher", remote: RemotePolicy.ONSITE, tags: ["qml", "physics"] });
    const first = await facets({ query: "quantum" });
    expect(first).toMatchObject({
      total: 2,
      remote: [
        { value: "REMOTE", count: 1 },
        { value: "ONSITE", count: 1 },
      ],
    });
    expect(first.tags).toEqual([
      { value: "qml", count: 2 },
      { value: "physics", count: 1 },
    ]);
    expect(first.statements).toBeGreaterThan(1);

    const again = await facets({ query: "quantum" });
    expect(again).toEqual({ ...first, statements: 1 });
    // Another filter is counted for itself.
    expect((await facets({ query: "quantum", remote: ["REMOTE"] })).total).toBe(1);

    await api.make.job({ title: "Quantum engineer", remote: RemotePolicy.REMOTE, tags: ["qml"] });
    const after = await facets({ query: "quantum" });
    expect(after.total).toBe(3);
    expect(after.tags).toEqual([
      { value: "qml", count: 3 },
      { value: "physics", count: 1 },
    ]);
  });
});
