import { startServer, type RunningServer } from "../../app/server";
import { testConfig, useTestApi } from "../../../test/support/test-api";
import { JobStatus, RemotePolicy, Seniority } from "../jobs/job.enums";
import { JobSearch, pruneChangeLog } from "./job-search.service";

const api = useTestApi();

const SEARCH = `
  query Search($filter: JobFilter!, $first: Int, $after: String, $field: JobOrderField!, $direction: OrderDirection!) {
    jobs(first: $first, after: $after, filter: $filter, orderBy: { field: $field, direction: $direction }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { slug } }
    }
  }`;

/** Every page of a search, `first` at a time, from the API at `url`: the slugs in order and the total. */
async function walk(url: string, filter: Record<string, unknown>, { first = 3, field = "RELEVANCE", direction = "DESC" } = {}) {
  const slugs: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let page = 0; page < 100; page++) {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SEARCH, variables: { filter, first, after, field, direction } }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const { jobs } = body.data;
    total = jobs.totalCount;
    slugs.push(...jobs.edges.map((e: { node: { slug: string } }) => e.node.slug));
    if (!jobs.pageInfo.hasNextPage) break;
    after = jobs.pageInfo.endCursor;
  }
  return { slugs, total };
}

const slugsFor = async (query: string, filter: Record<string, unknown> = {}) => (await walk(api.server.url, { query, ...filter })).slugs;

/** A small corpus with phrases, shared words, tags, locations, salaries and closed jobs. */
async function corpus() {
  const acme = await api.make.company({ name: "Acme Robotics", slug: "acme" });
  const other = await api.make.company({ name: "Globex", slug: "globex" });
  const ml = await api.make.category({ slug: "ml", name: "Machine Learning" });
  const data = await api.make.category({ slug: "data", name: "Data" });
  const berlin = await api.make.location({ slug: "berlin", city: "Berlin", country: "DE" });
  const job = (slug: string, over: Parameters<typeof api.make.job>[0] = {}) =>
    api.make.job({ slug, companyId: other.id, categoryId: ml.id, ...over });
  await job("mle", { title: "Machine Learning Engineer", tags: ["pytorch"], remote: RemotePolicy.REMOTE, locations: [berlin] });
  await job("scattered", { title: "Engineer, platform", description: "We use machine vision and deep learning." });
  await job("body-only", { title: "Data Analyst", categoryId: data.id, description: "Some machine learning exposure helps." });
  await job("senior-cv", { title: "Senior Computer Vision Engineer", seniority: Seniority.SENIOR, companyId: acme.id });
  await job("cv", {
    title: "Computer Vision Researcher",
    salary: { min: 200_000, max: 260_000, currency: "USD", period: "YEAR" as never },
  });
  await job("head", { title: "Head of Data", categoryId: data.id, companyId: acme.id });
  await job("closed", { title: "Machine Learning Engineer (closed)", validThrough: new Date(Date.now() - 60_000) });
  await job("draft", { title: "Machine Learning Engineer draft", status: JobStatus.DRAFT });
  return { acme, other, ml, data, berlin };
}

describe("the search index", () => {
  let postgres: RunningServer;
  beforeAll(async () => {
    postgres = await startServer(api.ds, testConfig({ SEARCH_ENGINE: "postgres", RESULT_CACHE_SECONDS: "0" }), {
      port: 0,
      host: "127.0.0.1",
    });
  });
  afterAll(() => postgres?.close());

  // Matching is Postgres's own: the same lexemes (its tsvectors), the same query (its websearch_to_tsquery).
  test.each([
    ["machine learning", {}],
    ['"machine learning"', {}],
    ['"computer vision" -senior', {}],
    ["vision or data", {}],
    ["-senior", {}],
    ["engineers", {}],
    ['"head of data"', {}],
    ["Acme", {}],
    ["pytorch", {}],
    ["engineer", { remote: ["REMOTE"] }],
    ["engineer", { locations: ["berlin"] }],
    ["engineer", { companies: ["acme"] }],
    ["engineer", { companies: ["no-such-company"] }],
    ["engineer", { categories: ["ml"], seniorities: ["SENIOR"] }],
    ["vision", { salaryMin: 190_000 }],
    ["the of and", {}],
    ["zymurgy", {}],
  ])("finds the same jobs as Postgres for %j %j, each once, whichever order and page size", async (query, filter) => {
    await corpus();
    const expected = await walk(postgres.url, { query, ...filter }, { first: 100 });
    for (const [field, direction] of [
      ["RELEVANCE", "DESC"],
      ["POSTED_AT", "DESC"],
      ["POSTED_AT", "ASC"],
      ["SALARY", "DESC"],
    ]) {
      const found = await walk(api.server.url, { query, ...filter }, { first: 2, field, direction });
      expect(found.total).toBe(expected.total);
      expect([...found.slugs].sort()).toEqual([...expected.slugs].sort());
      expect(new Set(found.slugs).size).toBe(found.slugs.length);
    }
  });

  test("orders by posting date and salary as the database does", async () => {
    await corpus();
    for (const [field, direction] of [
      ["POSTED_AT", "DESC"],
      ["POSTED_AT", "ASC"],
      ["SALARY", "DESC"],
      ["SALARY", "ASC"],
    ]) {
      const options = { first: 2, field, direction };
      expect((await walk(api.server.url, { query: "engineer" }, options)).slugs).toEqual(
        (await walk(postgres.url, { query: "engineer" }, options)).slugs,
      );
    }
  });

  test("ranks a title match above a description-only one, and the exact phrase above scattered words", async () => {
    await corpus();
    // In the title; then the phrase in a description; then the two words apart.
    expect(await slugsFor("machine learning")).toEqual(["mle", "body-only", "scattered"]);
    const vision = await slugsFor("vision engineer");
    expect(vision.indexOf("senior-cv")).toBeLessThan(vision.indexOf("scattered"));
  });

  test("sees a published, edited, closed or unpublished job at the next search", async () => {
    const { berlin } = await corpus();
    const job = await api.make.job({ slug: "fresh", title: "Quantum Prompt Wrangler" });
    expect(await slugsFor("quantum wrangler")).toEqual(["fresh"]);

    await api.ds.query(`UPDATE jobs SET title = 'Photonics Wrangler' WHERE id = $1`, [job.id]);
    expect(await slugsFor("quantum")).toEqual([]);
    expect(await slugsFor("photonics")).toEqual(["fresh"]);

    await api.ds.query(`INSERT INTO job_locations (job_id, location_id) VALUES ($1, $2)`, [job.id, berlin.id]);
    expect(await slugsFor("photonics", { locations: ["berlin"] })).toEqual(["fresh"]);

    await api.ds.query(`UPDATE jobs SET valid_through = now() - interval '1 second' WHERE id = $1`, [job.id]);
    expect(await slugsFor("photonics")).toEqual([]);
    await api.ds.query(`UPDATE jobs SET valid_through = NULL, status = 'CLOSED' WHERE id = $1`, [job.id]);
    expect(await slugsFor("photonics")).toEqual([]);
    await api.ds.query(`UPDATE jobs SET status = 'PUBLISHED' WHERE id = $1`, [job.id]);
    expect(await slugsFor("photonics")).toEqual(["fresh"]);
    await api.ds.query(`DELETE FROM jobs WHERE id = $1`, [job.id]);
    expect(await slugsFor("photonics")).toEqual([]);
  });

  test("words and slugs searched before cost one statement, which also confirms them: a slug given to another row is followed", async () => {
    const { acme } = await corpus();
    const search = `query ($filter: JobFilter!) { jobs(first: 5, filter: $filter) { totalCount edges { node { slug } } } }`;
    const filter = { query: "computer vision", companies: ["acme"] };
    const first = await api.gqlCounted(search, { filter });
    expect(first.res.data!.jobs.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(["senior-cv"]);
    const again = await api.gqlCounted(search, { filter });
    expect(again.res.data).toEqual(first.res.data);
    // The first asks Postgres for the words and the slug (and applies the corpus's changes); the second only reads the page.
    expect(first.statements).toBeGreaterThanOrEqual(2);
    expect(again.statements).toBe(1);

    // The slug now names another company: the next search finds that one's jobs, not the remembered company's.
    await api.ds.query(`UPDATE companies SET slug = 'acme-old' WHERE id = $1`, [acme.id]);
    const renamed = await api.make.company({ name: "Acme Vision", slug: "acme" });
    await api.make.job({ slug: "new-acme-cv", title: "Computer Vision Lead", companyId: renamed.id });
    const moved = await api.gql(search, { filter });
    expect(moved.data!.jobs.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(["new-acme-cv"]);
    expect(await slugsFor("computer vision", { companies: ["acme-old"] })).toEqual(["senior-cv"]);
  });

  test("a change from a transaction that commits after a later one is still applied", async () => {
    await corpus();
    await slugsFor("warmup");
    const early = api.ds.createQueryRunner();
    await early.connect();
    try {
      await early.startTransaction();
      const company = await api.make.company();
      const category = await api.make.category();
      // The early transaction draws its change-log number first, then commits last.
      await early.query(
        `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, tags, status, posted_at)
         VALUES ('early', 'Early Zeppelin Pilot', 'x', $1, $2, 'MID', 'FULL_TIME', 'ONSITE', '{}', 'PUBLISHED', now())`,
        [company.id, category.id],
      );
      await api.make.job({ slug: "late", title: "Late Zeppelin Pilot" });
      expect(await slugsFor("zeppelin")).toEqual(["late"]);
      await early.commitTransaction();
    } finally {
      await early.release();
    }
    expect((await slugsFor("zeppelin")).sort()).toEqual(["early", "late"]);
  });

  test("emptying the table (TRUNCATE) rebuilds the index", async () => {
    await corpus();
    expect(await slugsFor("analyst")).toEqual(["body-only"]);
    await api.ds.query(`TRUNCATE jobs CASCADE`);
    expect(await slugsFor("analyst")).toEqual([]);
  });

  test("the worker prunes the change log, and a process that missed what it pruned rebuilds and finds it", async () => {
    await corpus();
    const idle = await startServer(api.ds, testConfig(), { port: 0, host: "127.0.0.1" });
    try {
      expect((await walk(idle.url, { query: "hovercraft" })).slugs).toEqual([]); // built; it polls nothing
      await api.make.job({ slug: "hover", title: "Hovercraft Perception Engineer" });
      const logged = Number((await api.ds.query(`SELECT count(*) AS n FROM job_search_changes`))[0].n);
      expect(await pruneChangeLog(api.ds)).toBe(0); // nothing is an hour old
      await api.ds.query(`UPDATE job_search_changes SET changed_at = now() - interval '2 hours'`);
      expect(await pruneChangeLog(api.ds)).toBe(logged);
      expect((await api.ds.query(`SELECT count(*) AS n FROM job_search_changes`))[0].n).toBe("0");
      expect((await walk(idle.url, { query: "hovercraft" })).slugs).toEqual(["hover"]);
      expect(await slugsFor("hovercraft")).toEqual(["hover"]);
    } finally {
      await idle.close();
    }
  });

  test("two processes with different histories answer alike", async () => {
    await corpus();
    await slugsFor("engineer"); // this process has built its index and follows changes
    await api.ds.query(`UPDATE jobs SET title = title || ' II' WHERE slug IN ('cv', 'head')`);
    await api.make.job({ slug: "newer", title: "Vision Engineer" });
    const second = await startServer(api.ds, testConfig(), { port: 0, host: "127.0.0.1" }); // builds from the table as it is now
    try {
      for (const query of ["engineer", "vision", "data", '"computer vision"']) {
        expect(await walk(second.url, { query }, { first: 2 })).toEqual(await walk(api.server.url, { query }, { first: 2 }));
      }
    } finally {
      await second.close();
    }
  });

  test("between searches, the background poll applies new jobs within seconds", async () => {
    const search = new JobSearch(api.ds);
    search.start(50);
    try {
      await search.rank({
        criteria: { query: "anything" },
        order: "relevance",
        page: { size: 1, cursor: null, backward: false, direction: "DESC" },
      });
      const before = search.stats().jobs;
      await api.make.job({ title: "Polled Job" });
      const deadline = Date.now() + 5_000;
      while (search.stats().jobs === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(search.stats().jobs).toBe(before + 1);
    } finally {
      search.stop();
    }
  });

  test("a bad cursor is refused as bad input", async () => {
    await corpus();
    const res = await api.gql(SEARCH, { filter: { query: "engineer" }, first: 1, after: "bm9wZQ", field: "RELEVANCE", direction: "DESC" });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
