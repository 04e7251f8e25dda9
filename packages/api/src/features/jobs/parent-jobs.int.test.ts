import { useTestApi } from "../../../test/support/test-api";
import { JobStatus } from "./job.enums";

const api = useTestApi();

const COMPANIES = `
  query($first: Int!) {
    companies(first: 50) {
      edges { node { slug jobs(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { slug company { slug } category { slug } locations { slug } } }
      } } }
    }
  }`;

const HOUR = 3_600_000;

/** `count` companies, the i-th with i live jobs (posted an hour apart) and one closed job. */
async function companiesWithJobs(count: number) {
  const category = await api.make.category({ slug: "vision" });
  const city = await api.make.location({ slug: "berlin" });
  for (let i = 1; i <= count; i++) {
    const company = await api.make.company({ slug: `co-${i}` });
    for (let j = 1; j <= i; j++) {
      await api.make.job({
        slug: `co-${i}-job-${j}`,
        companyId: company.id,
        categoryId: category.id,
        locations: [city],
        postedAt: new Date(Date.now() - j * HOUR),
      });
    }
    await api.make.job({ slug: `co-${i}-closed`, companyId: company.id, categoryId: category.id, status: JobStatus.CLOSED });
  }
}

describe("a company's or category's jobs inside a list", () => {
  test("cost the same statements for 2 companies as for 8, and each company gets its own newest live jobs", async () => {
    await companiesWithJobs(2);
    const small = await api.gqlCounted(COMPANIES, { first: 2 });
    await api.ds.query(`TRUNCATE jobs, companies, job_categories, locations RESTART IDENTITY CASCADE`);
    await companiesWithJobs(8);
    const large = await api.gqlCounted(COMPANIES, { first: 2 });
    expect(large.res.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);

    const bySlug = Object.fromEntries(large.res.data!.companies.edges.map((e: any) => [e.node.slug, e.node.jobs]));
    expect(Object.keys(bySlug)).toHaveLength(8);
    expect(bySlug["co-1"].totalCount).toBe(1);
    expect(bySlug["co-1"].pageInfo.hasNextPage).toBe(false);
    expect(bySlug["co-1"].edges.map((e: any) => e.node.slug)).toEqual(["co-1-job-1"]);
    expect(bySlug["co-5"].totalCount).toBe(5);
    expect(bySlug["co-5"].pageInfo.hasNextPage).toBe(true);
    expect(bySlug["co-5"].edges.map((e: any) => e.node)).toEqual([
      { slug: "co-5-job-1", company: { slug: "co-5" }, category: { slug: "vision" }, locations: [{ slug: "berlin" }] },
      { slug: "co-5-job-2", company: { slug: "co-5" }, category: { slug: "vision" }, locations: [{ slug: "berlin" }] },
    ]);
  });

  test("a first page's cursor leads to the same next page as a company page's own", async () => {
    await companiesWithJobs(4);
    const list = await api.gql(COMPANIES, { first: 2 });
    const co4 = list.data!.companies.edges.find((e: any) => e.node.slug === "co-4").node.jobs;
    const next = await api.gql(
      `query($after: String) { company(slug: "co-4") { jobs(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { slug } } } } }`,
      {
        after: co4.pageInfo.endCursor,
      },
    );
    expect(next.data!.company.jobs.edges.map((e: any) => e.node.slug)).toEqual(["co-4-job-3", "co-4-job-4"]);
    expect(next.data!.company.jobs.pageInfo.hasNextPage).toBe(false);
  });

  test("categories' jobs are batched the same way, with or without their totals", async () => {
    await companiesWithJobs(3);
    const other = await api.make.category({ slug: "nlp" });
    await api.make.job({ slug: "nlp-job", categoryId: other.id });
    const res = await api.gqlCounted(`{ jobCategories { slug jobs(first: 1) { edges { node { slug } } } } }`);
    expect(res.res.data!.jobCategories).toEqual([
      { slug: "vision", jobs: { edges: [{ node: { slug: "co-3-job-1" } }] } }, // made last, so newest
      { slug: "nlp", jobs: { edges: [{ node: { slug: "nlp-job" } }] } },
    ]);
    // The categories, then every category's first page.
    expect(res.statements).toBe(2);
    const totals = await api.gql(`{ jobCategories { slug jobs(first: 1) { totalCount } } }`);
    expect(totals.data!.jobCategories.map((c: any) => c.jobs.totalCount)).toEqual([6, 1]);
  });
});
