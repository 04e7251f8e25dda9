import { partnerOperations } from "@hiredinai/schema";
import { TEST_WEB_URL, useTestApi } from "../../../test/support/test-api";
import { CATEGORY_FIELD_READS } from "../categories";
import { COMPANY_FIELD_READS } from "../companies";
import { JOB_FIELD_READS } from "./job-include";
import { EmploymentType, JobStatus, RemotePolicy, SalaryPeriod, Seniority } from "./job.enums";

const api = useTestApi();

const JOBS = `
  query Jobs($first: Int, $after: String, $last: Int, $before: String, $filter: JobFilter, $orderBy: JobOrder) {
    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { slug } }
    }
  }`;

async function slugs(variables: Record<string, unknown>): Promise<string[]> {
  const res = await api.gql(JOBS, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.jobs.edges.map((e: any) => e.node.slug);
}

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

describe("filters", () => {
  test("each filter narrows the list to the jobs that match it", async () => {
    const genAi = await api.make.category({ slug: "generative-ai" });
    const vision = await api.make.category({ slug: "computer-vision" });
    const acme = await api.make.company({ slug: "acme" });
    const zeta = await api.make.company({ slug: "zeta" });
    const sf = await api.make.location({ slug: "san-francisco", city: "San Francisco" });
    const berlin = await api.make.location({ slug: "berlin", city: "Berlin", country: "DE" });
    await api.make.job({
      slug: "a",
      categoryId: genAi.id,
      companyId: acme.id,
      seniority: Seniority.ENTRY,
      remote: RemotePolicy.REMOTE,
      employmentType: EmploymentType.CONTRACT,
      tags: ["pytorch", "llm"],
      locations: [sf],
      postedAt: ago(1),
    });
    await api.make.job({
      slug: "b",
      categoryId: vision.id,
      companyId: zeta.id,
      seniority: Seniority.SENIOR,
      remote: RemotePolicy.HYBRID,
      tags: ["opencv"],
      locations: [berlin],
      postedAt: ago(50),
    });
    await api.make.job({
      slug: "c",
      categoryId: genAi.id,
      companyId: zeta.id,
      seniority: Seniority.SENIOR,
      remote: RemotePolicy.ONSITE,
      tags: ["LLM"],
      locations: [sf, berlin],
      postedAt: ago(100),
    });

    expect(await slugs({ filter: { categories: ["generative-ai"] } })).toEqual(["a", "c"]);
    expect(await slugs({ filter: { seniorities: ["SENIOR"] } })).toEqual(["b", "c"]);
    expect(await slugs({ filter: { employmentTypes: ["CONTRACT"] } })).toEqual(["a"]);
    expect(await slugs({ filter: { remote: ["REMOTE", "HYBRID"] } })).toEqual(["a", "b"]);
    expect(await slugs({ filter: { locations: ["berlin"] } })).toEqual(["b", "c"]);
    expect(await slugs({ filter: { companies: ["zeta"] } })).toEqual(["b", "c"]);
    expect(await slugs({ filter: { tags: ["LLM"] } })).toEqual(["a"]); // tags are lowercase; the query is too
    expect(await slugs({ filter: { postedAfter: ago(60).toISOString() } })).toEqual(["a", "b"]);
    expect(await slugs({ filter: { categories: ["generative-ai"], locations: ["berlin"], seniorities: ["SENIOR"] } })).toEqual(["c"]);
    expect(await slugs({ filter: { categories: ["no-such-category"] } })).toEqual([]);
  });

  test("featured jobs are those whose paid placement has not run out", async () => {
    await api.make.job({ slug: "featured", featuredUntil: new Date(Date.now() + 86_400_000) });
    await api.make.job({ slug: "was-featured", featuredUntil: new Date(Date.now() - 1000) });
    await api.make.job({ slug: "plain" });
    expect(await slugs({ filter: { featured: true } })).toEqual(["featured"]);
    expect((await slugs({ filter: { featured: false } })).sort()).toEqual(["plain", "was-featured"]);
    const res = await api.gql(`{ jobs { edges { node { slug featured } } } }`);
    expect(Object.fromEntries(res.data!.jobs.edges.map((e: any) => [e.node.slug, e.node.featured]))).toEqual({
      featured: true,
      "was-featured": false,
      plain: false,
    });
  });

  test("full-text search ranks a title match above a description-only match", async () => {
    await api.make.job({
      slug: "desc-only",
      title: "Software Engineer",
      description: "You will work next to our diffusion research team.",
      postedAt: ago(1),
    });
    await api.make.job({ slug: "title", title: "Diffusion Model Researcher", description: "Research role.", postedAt: ago(5) });
    await api.make.job({ slug: "unrelated", title: "Account Executive", description: "Sell AI software.", postedAt: ago(2) });
    expect(await slugs({ filter: { query: "diffusion" }, orderBy: { field: "RELEVANCE", direction: "DESC" } })).toEqual([
      "title",
      "desc-only",
    ]);
    // Company names and tags are searched too.
    const company = await api.make.company({ name: "Quokka Labs" });
    await api.make.job({ slug: "at-quokka", companyId: company.id, tags: ["jax"] });
    expect(await slugs({ filter: { query: "quokka" } })).toEqual(["at-quokka"]);
    expect(await slugs({ filter: { query: "jax" } })).toEqual(["at-quokka"]);
    // A query of stop words only matches nothing rather than failing.
    expect(await slugs({ filter: { query: "the" } })).toEqual([]);
  });

  test("salaryMin compares annualised pay across currencies and periods", async () => {
    // 60 EUR an hour is 60 x 2080 x 1.08 = 134,784 USD a year.
    await api.make.job({ slug: "eur-hourly", salary: { min: 50, max: 60, currency: "EUR", period: SalaryPeriod.HOUR } });
    // 9,000 GBP a month is 108,000 GBP = 137,160 USD a year.
    await api.make.job({ slug: "gbp-monthly", salary: { min: 8_000, max: 9_000, currency: "GBP", period: SalaryPeriod.MONTH } });
    await api.make.job({ slug: "usd-yearly", salary: { min: 90_000, max: 100_000, currency: "USD", period: SalaryPeriod.YEAR } });
    await api.make.job({ slug: "no-salary", salary: null });

    expect((await slugs({ filter: { salaryMin: 120_000 } })).sort()).toEqual(["eur-hourly", "gbp-monthly"]);
    expect((await slugs({ filter: { salaryMin: 135_000 } })).sort()).toEqual(["gbp-monthly"]);
    // 125,000 EUR = 135,000 USD.
    expect((await slugs({ filter: { salaryMin: 125_000, salaryCurrency: "EUR" } })).sort()).toEqual(["gbp-monthly"]);
    expect((await slugs({ filter: { salaryMin: 0 } })).sort()).toEqual(["eur-hourly", "gbp-monthly", "usd-yearly"]);
    expect(await slugs({ orderBy: { field: "SALARY", direction: "DESC" } })).toEqual([
      "gbp-monthly",
      "eur-hourly",
      "usd-yearly",
      "no-salary",
    ]);
    expect(await slugs({ orderBy: { field: "SALARY", direction: "ASC" } })).toEqual([
      "usd-yearly",
      "eur-hourly",
      "gbp-monthly",
      "no-salary",
    ]);
  });

  test("facet counts follow the filter and add up to the filtered total", async () => {
    const genAi = await api.make.category({ slug: "generative-ai", name: "Generative AI" });
    const vision = await api.make.category({ slug: "computer-vision", name: "Computer Vision" });
    const sf = await api.make.location({ slug: "san-francisco", city: "San Francisco" });
    const acme = await api.make.company({ slug: "acme", name: "Acme AI" });
    const seniorities = [Seniority.ENTRY, Seniority.ENTRY, Seniority.MID, Seniority.SENIOR, Seniority.SENIOR, Seniority.LEAD];
    for (const [i, seniority] of seniorities.entries()) {
      await api.make.job({
        categoryId: i % 2 ? vision.id : genAi.id,
        seniority,
        remote: i < 4 ? RemotePolicy.REMOTE : RemotePolicy.ONSITE,
        locations: [sf],
        tags: i % 2 ? ["pytorch"] : ["pytorch", "llm"],
        ...(i < 3 ? { companyId: acme.id } : {}),
      });
    }
    const res = await api.gql(
      `query($filter: JobFilter) { jobFacets(filter: $filter) {
        total categories { value label count } seniorities { value label count } remote { value count } employmentTypes { value count }
        locations { value label count } companies { value label count } tags { value count } } }`,
      { filter: { remote: ["REMOTE"] } },
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.jobFacets;
    expect(f.total).toBe(4);
    const sum = (values: { count: number }[]) => values.reduce((n, v) => n + v.count, 0);
    expect(sum(f.categories)).toBe(4);
    expect(sum(f.seniorities)).toBe(4);
    expect(sum(f.employmentTypes)).toBe(4);
    expect(f.seniorities).toEqual([
      { value: "ENTRY", label: "Entry level", count: 2 },
      { value: "MID", label: "Mid level", count: 1 },
      { value: "SENIOR", label: "Senior", count: 1 },
    ]);
    expect(f.categories).toEqual([
      { value: "computer-vision", label: "Computer Vision", count: 2 },
      { value: "generative-ai", label: "Generative AI", count: 2 },
    ]);
    expect(f.locations).toEqual([{ value: "san-francisco", label: "San Francisco", count: 4 }]);
    expect(f.companies[0]).toEqual({ value: "acme", label: "Acme AI", count: 3 });
    expect(sum(f.companies)).toBe(4);
    expect(f.tags).toEqual([
      { value: "pytorch", count: 4 },
      { value: "llm", count: 2 },
    ]);
    // The remote facet ignores the remote filter, so it shows what picking the other value would give.
    expect(f.remote).toEqual([
      { value: "REMOTE", count: 4 },
      { value: "ONSITE", count: 2 },
    ]);
  });
});

describe("order and paging", () => {
  async function walk(variables: Record<string, unknown>, direction: "forward" | "backward") {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const paging: Record<string, unknown> = direction === "forward" ? { first: 4, after: cursor } : { last: 4, before: cursor };
      const res = await api.gql(JOBS, { ...variables, ...paging });
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = res.data!.jobs;
      expect(totalCount).toBe(17);
      const pageSlugs = edges.map((e: any) => e.node.slug);
      if (direction === "forward") {
        seen.push(...pageSlugs);
        if (!pageInfo.hasNextPage) break;
        cursor = pageInfo.endCursor;
      } else {
        seen.unshift(...pageSlugs);
        if (!pageInfo.hasPreviousPage) break;
        cursor = pageInfo.startCursor;
      }
    }
    return seen;
  }

  test.each([
    ["POSTED_AT", "DESC"],
    ["POSTED_AT", "ASC"],
    ["SALARY", "DESC"],
    ["SALARY", "ASC"],
    ["RELEVANCE", "DESC"],
  ])("walking every page by %s %s, forwards and backwards, gives each job once in order", async (field, direction) => {
    const company = await api.make.company();
    const category = await api.make.category();
    const postedAt = ago(10);
    for (let i = 0; i < 17; i++) {
      await api.make.job({
        slug: `job-${String(i).padStart(2, "0")}`,
        title: i % 3 ? "Machine learning engineer" : "Machine learning engineer, machine learning platform",
        companyId: company.id,
        categoryId: category.id,
        // Ties on every key, so the id tie-breaker is exercised too.
        postedAt: i % 4 ? ago(i) : postedAt,
        salary:
          i % 5 === 0
            ? null
            : { min: 100_000 + (i % 3) * 10_000, max: 150_000 + (i % 3) * 10_000, currency: "USD", period: SalaryPeriod.YEAR },
      });
    }
    const variables = { orderBy: { field, direction }, filter: field === "RELEVANCE" ? { query: "machine learning" } : null };
    const all = await slugs({ ...variables, first: 100 });
    expect(all).toHaveLength(17);
    expect(new Set(all).size).toBe(17);
    expect(await walk(variables, "forward")).toEqual(all);
    expect(await walk(variables, "backward")).toEqual(all);
  });

  test("totalCount and pageInfo describe the whole result", async () => {
    for (let i = 0; i < 7; i++) await api.make.job({ postedAt: ago(i) });
    const first = await api.gql(JOBS, { first: 3 });
    expect(first.data!.jobs.totalCount).toBe(7);
    expect(first.data!.jobs.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await api.gql(JOBS, { first: 3, after: first.data!.jobs.pageInfo.endCursor });
    expect(second.data!.jobs.totalCount).toBe(7);
    expect(second.data!.jobs.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});

describe("cost", () => {
  test("LatestJobs issues the same number of SQL statements for 5 jobs as for 100", async () => {
    const categories = [await api.make.category(), await api.make.category()];
    const locations = [await api.make.location(), await api.make.location()];
    const companies = await Promise.all(Array.from({ length: 10 }, () => api.make.company()));
    for (let i = 0; i < 120; i++) {
      await api.make.job({
        companyId: companies[i % 10].id,
        categoryId: categories[i % 2].id,
        locations: [locations[i % 2]],
        tags: ["llm"],
      });
    }
    const latest = partnerOperations().get("LatestJobs")!;
    // A server builds the search index (which counts the total) as it starts; here the first request does.
    await api.gql(latest, { first: 1 });
    const small = await api.gqlCounted(latest, { first: 5 });
    const large = await api.gqlCounted(latest, { first: 100 });
    expect(small.res.errors).toBeUndefined();
    expect(large.res.data!.jobs.edges).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
    // The page, its total, companies, categories and locations come in one statement.
    expect(large.statements).toBe(1);
  });

  test("a list's total is counted by the search index, as Postgres would count it, and follows new and closed jobs at once", async () => {
    const [ml, cv] = [await api.make.category({ slug: "ml" }), await api.make.category({ slug: "cv" })];
    for (let i = 0; i < 7; i++) await api.make.job({ categoryId: i < 4 ? ml.id : cv.id });
    await api.make.job({ categoryId: ml.id, validThrough: new Date(Date.now() - 60_000) });
    await api.make.job({ categoryId: ml.id, status: JobStatus.DRAFT });
    const total = async (filter: Record<string, unknown> | null, after?: string) => {
      const res = await api.gql(
        `query ($filter: JobFilter, $after: String) { jobs(first: 2, after: $after, filter: $filter) { totalCount pageInfo { endCursor } } }`,
        {
          filter,
          after,
        },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.jobs as { totalCount: number; pageInfo: { endCursor: string } };
    };
    const sqlCount = async (where: string) =>
      Number(
        (
          await api.ds.query(
            `SELECT count(*)::int AS n FROM jobs j WHERE j.status = 'PUBLISHED' AND (j.valid_through IS NULL OR j.valid_through > now()) ${where}`,
          )
        )[0].n,
      );
    expect((await total({ categories: ["ml"] })).totalCount).toBe(await sqlCount(`AND j.category_id = ${ml.id}`));
    expect((await total({ categories: ["ml"] })).totalCount).toBe(4);
    expect((await total({ categories: ["ml", "cv"] })).totalCount).toBe(7);
    expect((await total({ categories: ["no-such-category"] })).totalCount).toBe(0);
    expect((await total(null)).totalCount).toBe(await sqlCount(""));
    // Page two carries the same total; a page past the end is counted by Postgres.
    const first = await total({ categories: ["cv"] });
    const second = await total({ categories: ["cv"] }, first.pageInfo.endCursor);
    expect(second.totalCount).toBe(3);
    expect((await total({ categories: ["cv"] }, second.pageInfo.endCursor)).totalCount).toBe(3);

    // A job published, one closed: the very next request counts them, on this process and any other.
    await api.make.job({ categoryId: ml.id });
    expect((await total({ categories: ["ml"] })).totalCount).toBe(5);
    await api.ds.query(
      `UPDATE jobs SET status = 'CLOSED' WHERE id = (SELECT min(id) FROM jobs WHERE category_id = $1 AND status = 'PUBLISHED')`,
      [ml.id],
    );
    expect((await total({ categories: ["ml"] })).totalCount).toBe(4);
  });
});

describe("a job's page", () => {
  test("JobDetail reads the job with its company, category, locations and glossary terms in one statement", async () => {
    await api.make.glossaryTerm({ slug: "rag", term: "Retrieval-Augmented Generation", aliases: ["RAG"] });
    const company = await api.make.company({ name: "Page Labs" });
    const category = await api.make.category({ name: "Page Engineering" });
    const location = await api.make.location();
    await api.make.job({
      slug: "page",
      companyId: company.id,
      categoryId: category.id,
      locations: [location],
      description: "Build **RAG** systems.",
    });
    const detail = partnerOperations().get("JobDetail")!;
    const first = await api.gqlCounted(detail, { slug: "page" });
    expect(first.res.errors).toBeUndefined();
    const again = await api.gqlCounted(detail, { slug: "page" });
    expect(again.res.data).toEqual(first.res.data);
    const job = again.res.data!.job;
    expect(job).toMatchObject({
      slug: "page",
      // The first mention of a glossary term links to its page.
      descriptionHtml: `<p>Build <strong><a href="${TEST_WEB_URL}/glossary/rag" class="glossary-term">RAG</a></strong> systems.</p>\n`,
      company: { name: "Page Labs" },
      category: { name: "Page Engineering" },
      locations: [{ slug: location.slug }],
      glossaryTerms: [{ slug: "rag", term: "Retrieval-Augmented Generation" }],
    });
    // The first view may read the glossary once; every later view is the job's one statement.
    expect(again.statements).toBe(1);
    expect((await api.gqlCounted(detail, { slug: "no-such-job" })).statements).toBe(1);
  });

  test("a job's company and category, read with only the columns their selected fields need, answer as their own pages do", async () => {
    const company = await api.make.company({
      name: "Columns Labs",
      website: "https://columns.example",
      logoUrl: "https://cdn.example/columns.png",
      logoHash: "0123456789abcdef",
      description: "We read **only** what we need.",
      size: "11-50",
      headquarters: "Lisbon, Portugal",
      verified: true,
    });
    const category = await api.make.category({ name: "Columnar Data", description: "Jobs in column stores." });
    await api.make.job({ slug: "columns", companyId: company.id, categoryId: category.id });
    await api.make.job({ companyId: company.id, categoryId: category.id });
    // Every field the reads maps name, one at a time, then one they don't (all columns), then all together.
    // A field as a selection: a connection needs one of its own.
    const asSelection = (f: string) => (f === "jobs" ? "jobs(first: 1) { totalCount edges { node { slug } } }" : f);
    const companyFields = [
      ...Object.keys(COMPANY_FIELD_READS).map(asSelection),
      "small: logoUrl(size: 64)",
      "description",
      "descriptionHtml",
    ];
    const categoryFields = [...Object.keys(CATEGORY_FIELD_READS).map(asSelection), "description"];
    const cases = [
      ...companyFields.map((f) => ({ company: f, category: "slug" })),
      ...categoryFields.map((f) => ({ company: "slug", category: f })),
      { company: companyFields.join(" "), category: categoryFields.join(" ") },
    ];
    for (const { company: c, category: k } of cases) {
      const own = await api.gql(
        `query ($company: String!, $category: String!) { company(slug: $company) { ${c} } jobCategory(slug: $category) { ${k} } }`,
        { company: company.slug, category: category.slug },
      );
      expect(own.errors).toBeUndefined();
      const page = await api.gql(`{ job(slug: "columns") { company { ${c} } category { ${k} } } }`);
      expect(page.errors).toBeUndefined();
      expect(page.data!.job).toEqual({ company: own.data!.company, category: own.data!.jobCategory });
      const list = await api.gql(
        `query ($c: [String!]) { jobs(first: 5, filter: { categories: $c }) { edges { node { company { ${c} } category { ${k} } } } } }`,
        {
          c: [category.slug],
        },
      );
      expect(list.errors).toBeUndefined();
      for (const edge of list.data!.jobs.edges) expect(edge.node).toEqual({ company: own.data!.company, category: own.data!.jobCategory });
    }
    // The uploaded logo (logo_hash) wins over the external one: logoUrl's reads must include it.
    const logo = await api.gql(`{ job(slug: "columns") { company { logoUrl } } }`);
    expect(logo.data!.job.company.logoUrl).toContain("0123456789abcdef");
  });

  test("a list or a job page that reads only the columns its selected job fields need answers as one reading the whole row does", async () => {
    const company = await api.make.company({ slug: "row-labs" });
    const category = await api.make.category({ slug: "row-category" });
    const location = await api.make.location();
    await api.make.glossaryTerm({ slug: "rag", term: "RAG" });
    for (let i = 0; i < 3; i++) {
      await api.make.job({
        slug: `row-job-${i}`,
        description: `Build **RAG** pipelines, part ${i}.`,
        companyId: company.id,
        categoryId: category.id,
        locations: [location],
        tags: ["llm", `tag-${i}`],
        applyUrl: `https://apply.example/${i}`,
        featuredUntil: new Date(Date.now() + 86_400_000),
        highlighted: true,
        validThrough: new Date(Date.now() + 30 * 86_400_000),
        salary: { min: 4_000 + i, max: 6_000, currency: "EUR", period: SalaryPeriod.MONTH },
      });
    }
    const selection: Record<string, string> = {
      salary: "salary { min max currency period annualMinUsd annualMaxUsd }",
      company: "company { slug }",
      category: "category { slug }",
      locations: "locations { slug }",
      glossaryTerms: "glossaryTerms { slug }",
    };
    const lists = [
      (node: string) => `{ jobs(first: 5, filter: { categories: ["row-category"] }) { edges { node { ${node} } } } }`,
      (node: string) => `{ company(slug: "row-labs") { jobs(first: 5) { edges { node { ${node} } } } } }`,
      (node: string) => `{ jobCategory(slug: "row-category") { jobs(first: 5) { edges { node { ${node} } } } } }`,
      // A job page: the three jobs as aliases of one document.
      (node: string) => `{ ${[0, 1, 2].map((i) => `j${i}: job(slug: "row-job-${i}") { ${node} }`).join(" ")} }`,
    ];
    const nodes = (res: { data?: Record<string, any> | null }) => {
      const top = Object.values(res.data!)[0];
      if (!top.edges && !top.jobs) return Object.values(res.data!);
      return (top.jobs ?? top).edges.map((e: { node: Record<string, unknown> }) => e.node);
    };
    const fields = Object.keys(JOB_FIELD_READS).map((f) => selection[f] ?? f);
    for (const list of lists) {
      for (const field of [...fields, fields.join(" ")]) {
        // `similarJobs` is no field the reads map names: that selection reads the whole row.
        const whole = await api.gql(list(`${field} similarJobs(first: 1) { slug }`));
        const only = await api.gql(list(field));
        expect(whole.errors).toBeUndefined();
        expect(only.errors).toBeUndefined();
        expect(nodes(only)).toHaveLength(3);
        expect(nodes(only)).toEqual(nodes(whole).map(({ similarJobs: _s, ...rest }: Record<string, unknown>) => rest));
      }
    }
  });

  test("what a page's statement reads follows each request's @include; without directives, the same document reads the same", async () => {
    const company = await api.make.company({ name: "Include Labs" });
    await api.make.job({ slug: "included", companyId: company.id });
    const withDirective = `query ($withCompany: Boolean!) { job(slug: "included") { slug company @include(if: $withCompany) { name } } }`;
    const without = await api.gqlCounted(withDirective, { withCompany: false });
    expect(without.res.data!.job).toEqual({ slug: "included" });
    const withIt = await api.gqlCounted(withDirective, { withCompany: true });
    expect(withIt.res.data!.job).toEqual({ slug: "included", company: { name: "Include Labs" } });
    // The company came in the job's own statement: what the first request selected was not reused.
    expect(withIt.statements).toBe(1);
    const plain = `query { job(slug: "included") { slug company { name } } }`;
    for (let i = 0; i < 2; i++) {
      const again = await api.gqlCounted(plain, {});
      expect(again.res.data!.job).toEqual({ slug: "included", company: { name: "Include Labs" } });
      expect(again.statements).toBe(1);
    }
  });

  test("CompanyProfile reads the company, its open jobs' count and their first page in one statement", async () => {
    const company = await api.make.company({ slug: "busy", name: "Busy Labs" });
    await api.make.company({ slug: "quiet", name: "Quiet Labs" });
    for (let i = 0; i < 12; i++) await api.make.job({ slug: `busy-${i}`, companyId: company.id, postedAt: ago(i) });
    await api.make.job({ slug: "busy-closed", companyId: company.id, status: JobStatus.CLOSED });
    const profile = partnerOperations().get("CompanyProfile")!;
    const busy = await api.gqlCounted(profile, { slug: "busy" });
    expect(busy.res.errors).toBeUndefined();
    expect(busy.statements).toBe(1);
    const page = busy.res.data!.company;
    expect(page).toMatchObject({ slug: "busy", name: "Busy Labs", openJobsCount: 12, jobs: { totalCount: 12 } });
    expect(page.jobs.edges.map((e: any) => e.node.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `busy-${i}`));
    const quiet = await api.gqlCounted(profile, { slug: "quiet" });
    expect(quiet.res.data!.company).toMatchObject({ slug: "quiet", openJobsCount: 0, jobs: { totalCount: 0, edges: [] } });
    expect(quiet.statements).toBe(1);
    const missing = await api.gqlCounted(profile, { slug: "no-such-company" });
    expect(missing.res.data!.company).toBeNull();
    expect(missing.statements).toBe(1);
    // A later page, or two pages at once, still answer (through the jobs' own statements).
    const next = await api.gql(
      `query ($after: String) { company(slug: "busy") { jobs(first: 10, after: $after) { edges { node { slug } } } } }`,
      {
        after: page.jobs.pageInfo?.endCursor ?? null,
      },
    );
    expect(next.errors).toBeUndefined();
    const two = await api.gql(
      `{ company(slug: "busy") { a: jobs(first: 2) { edges { node { slug } } } b: jobs(first: 3) { totalCount } } }`,
    );
    expect(two.data!.company.a.edges.map((e: any) => e.node.slug)).toEqual(["busy-0", "busy-1"]);
    expect(two.data!.company.b.totalCount).toBe(12);
  });

  test("GlossaryTermPage reads the term, its FAQs, related terms, category and the category's latest jobs in one statement", async () => {
    const category = await api.make.category({ slug: "nlp", name: "NLP" });
    const company = await api.make.company({ name: "Term Co" });
    for (let i = 0; i < 5; i++) await api.make.job({ slug: `nlp-${i}`, categoryId: category.id, companyId: company.id, postedAt: ago(i) });
    const attention = await api.make.glossaryTerm({ slug: "attention", term: "Attention" });
    const bert = await api.make.glossaryTerm({ slug: "bert", term: "BERT" });
    await api.make.glossaryTerm({
      slug: "transformer",
      term: "Transformer",
      relatedCategoryId: category.id,
      related: [bert, attention],
      faqs: [
        { question: "Who made it?", answer: "Google." },
        { question: "When?", answer: "2017." },
      ],
    });
    await api.make.glossaryTerm({ slug: "lonely", term: "Lonely" });
    const termPage = partnerOperations().get("GlossaryTermPage")!;
    const full = await api.gqlCounted(termPage, { slug: "transformer" });
    expect(full.res.errors).toBeUndefined();
    expect(full.statements).toBe(1);
    const term = full.res.data!.glossaryTerm;
    expect(term).toMatchObject({ slug: "transformer", term: "Transformer", faqs: [{ question: "Who made it?" }, { question: "When?" }] });
    expect(new Date(term.updatedAt).getTime()).not.toBeNaN();
    expect(term.relatedTerms.map((t: any) => t.slug)).toEqual(["bert", "attention"]);
    expect(term.relatedCategory).toMatchObject({ slug: "nlp", name: "NLP", jobs: { totalCount: 5 } });
    expect(term.relatedCategory.jobs.edges.map((e: any) => [e.node.slug, e.node.company.name])).toEqual([
      ["nlp-0", "Term Co"],
      ["nlp-1", "Term Co"],
      ["nlp-2", "Term Co"],
    ]);
    const bare = await api.gqlCounted(termPage, { slug: "lonely" });
    expect(bare.res.data!.glossaryTerm).toMatchObject({ slug: "lonely", faqs: [], relatedTerms: [], relatedCategory: null });
    expect(bare.statements).toBe(1);
    const missing = await api.gqlCounted(termPage, { slug: "no-such-term" });
    expect(missing.res.data!.glossaryTerm).toBeNull();
    expect(missing.statements).toBe(1);
  });

  test("a page size out of range on a company's or a term's jobs is BAD_USER_INPUT on `first`, as on any list", async () => {
    const category = await api.make.category({ slug: "nlp" });
    const company = await api.make.company({ slug: "acme" });
    await api.make.job({ companyId: company.id, categoryId: category.id });
    await api.make.glossaryTerm({ slug: "transformer", relatedCategoryId: category.id });
    for (const first of [-5, -1, 0, 101, 1_000_000]) {
      for (const query of [
        `query ($first: Int) { company(slug: "acme") { jobs(first: $first) { totalCount } } }`,
        `query ($first: Int) { glossaryTerm(slug: "transformer") { relatedCategory { jobs(first: $first) { totalCount } } } }`,
      ]) {
        const res = await api.gql(query, { first });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
        expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "first" })]);
      }
    }
  });

  test("a glossary edit shows on the job's next view", async () => {
    const term = await api.make.glossaryTerm({ slug: "rag", term: "RAG" });
    await api.make.job({ slug: "j", description: "RAG and vector databases." });
    const terms = async () =>
      (await api.gql(`{ job(slug: "j") { glossaryTerms { slug term } } }`)).data!.job.glossaryTerms.map((t: any) => `${t.slug}:${t.term}`);
    expect(await terms()).toEqual(["rag:RAG"]);
    await api.make.glossaryTerm({ slug: "vector-database", term: "Vector Database" });
    expect(await terms()).toEqual(["rag:RAG", "vector-database:Vector Database"]);
    await api.ds.query(`UPDATE glossary_terms SET term = 'Retrieval-Augmented Generation', aliases = '{RAG}' WHERE id = $1`, [term.id]);
    expect(await terms()).toEqual(["rag:Retrieval-Augmented Generation", "vector-database:Vector Database"]);
    await api.ds.query(`DELETE FROM glossary_terms WHERE slug = 'vector-database'`);
    expect(await terms()).toEqual(["rag:Retrieval-Augmented Generation"]);
  });
});

describe("an ended job's page", () => {
  test("job(slug) is null once a job ends; with includeEnded it is there, not live, with no apply link; drafts and reviews never", async () => {
    const { id: categoryId } = await api.make.category();
    await api.make.job({ slug: "expired", categoryId, validThrough: new Date(Date.now() - 60_000) });
    await api.make.job({ slug: "closed", categoryId, status: JobStatus.CLOSED });
    await api.make.job({ slug: "expired-status", categoryId, status: JobStatus.EXPIRED });
    await api.make.job({ slug: "live", categoryId });
    for (const status of [JobStatus.DRAFT, JobStatus.PENDING_REVIEW, JobStatus.REJECTED])
      await api.make.job({ slug: `not-public-${status}`, status });
    const get = async (slug: string, includeEnded?: boolean) =>
      (
        await api.gql(
          `query ($slug: String!, $includeEnded: Boolean) { job(slug: $slug, includeEnded: $includeEnded) { slug isLive applyLink } }`,
          { slug, includeEnded },
        )
      ).data!.job;

    expect(await get("expired")).toBeNull();
    expect(await get("expired", true)).toEqual({ slug: "expired", isLive: false, applyLink: null });
    expect(await get("closed", true)).toEqual({ slug: "closed", isLive: false, applyLink: null });
    expect(await get("expired-status", true)).toMatchObject({ isLive: false });
    expect(await get("live", true)).toEqual({ slug: "live", isLive: true, applyLink: expect.stringContaining("/apply/") });
    for (const status of [JobStatus.DRAFT, JobStatus.PENDING_REVIEW, JobStatus.REJECTED])
      expect(await get(`not-public-${status}`, true)).toBeNull();
    // Its similar jobs, in the same category, are the live ones.
    const similar = await api.gql(`{ job(slug: "expired", includeEnded: true) { similarJobs(first: 5) { slug } } }`);
    expect(similar.data!.job.similarJobs.map((j: { slug: string }) => j.slug)).toEqual(["live"]);
  });
});

describe("similar jobs", () => {
  test("are live jobs of the same category, those sharing the most tags first", async () => {
    const category = await api.make.category();
    const other = await api.make.category();
    await api.make.job({ slug: "a", categoryId: category.id, tags: ["llm", "rag", "python"], postedAt: ago(5) });
    await api.make.job({ slug: "two-shared", categoryId: category.id, tags: ["llm", "rag"], postedAt: ago(50) });
    await api.make.job({ slug: "one-shared", categoryId: category.id, tags: ["python", "go"], postedAt: ago(40) });
    await api.make.job({ slug: "none-shared-newest", categoryId: category.id, tags: ["sales"], postedAt: ago(1) });
    await api.make.job({ slug: "other-category", categoryId: other.id, tags: ["llm", "rag", "python"] });
    await api.make.job({ slug: "closed", categoryId: category.id, tags: ["llm", "rag", "python"], status: JobStatus.CLOSED });
    const res = await api.gql(`{ job(slug: "a") { similarJobs(first: 3) { slug } } }`);
    expect(res.data!.job.similarJobs.map((j: any) => j.slug)).toEqual(["two-shared", "one-shared", "none-shared-newest"]);
  });
});

describe("search upkeep and glossary links", () => {
  test("renaming a company makes its jobs findable by the new name", async () => {
    const company = await api.make.company({ name: "Old Name Labs" });
    await api.make.job({ slug: "at-company", companyId: company.id });
    expect(await slugs({ filter: { query: "zephyrine" } })).toEqual([]);
    await api.ds.query(`UPDATE companies SET name = 'Zephyrine AI' WHERE id = $1`, [company.id]);
    expect(await slugs({ filter: { query: "zephyrine" } })).toEqual(["at-company"]);
  });

  test("a job links the glossary terms its description names, by term, alias or plural, as whole words", async () => {
    await api.make.glossaryTerm({ slug: "rag", term: "Retrieval-Augmented Generation", aliases: ["RAG"] });
    await api.make.glossaryTerm({ slug: "transformer", term: "Transformer" });
    await api.make.glossaryTerm({ slug: "vision-transformer", term: "Vision Transformer" });
    await api.make.glossaryTerm({ slug: "embedding", term: "Embedding" });
    await api.make.job({
      slug: "j",
      description: "Ship RAG pipelines on Transformers. A fragmented stack is fine. Some (Vision Transformer) work.",
    });
    const res = await api.gql(`{ job(slug: "j") { glossaryTerms { slug } } }`);
    expect(res.data!.job.glossaryTerms.map((t: any) => t.slug)).toEqual(["rag", "transformer", "vision-transformer"]);
  });

  test("the description links each term's first mention to the term's page, in one statement, and follows glossary edits", async () => {
    await api.make.glossaryTerm({ slug: "rag", term: "Retrieval-Augmented Generation", aliases: ["RAG"] });
    await api.make.glossaryTerm({ slug: "transformer", term: "Transformer" });
    await api.make.job({
      slug: "j",
      description: "## RAG team\n\nShip RAG on Transformers, then more RAG. Call `RAG()`; read [our RAG post](https://acme.example).",
    });
    const html = async () => {
      const { res, statements } = await api.gqlCounted(`{ job(slug: "j") { descriptionHtml } }`);
      return { html: res.data!.job.descriptionHtml as string, statements };
    };
    const link = (slug: string, words: string) => `<a href="${TEST_WEB_URL}/glossary/${slug}" class="glossary-term">${words}</a>`;
    await html(); // the process reads the glossary once
    const first = await html();
    expect(first.statements).toBe(1);
    expect(first.html).toBe(
      `<h2>RAG team</h2>\n<p>Ship ${link("rag", "RAG")} on ${link("transformer", "Transformers")}, then more RAG. Call <code>RAG()</code>; ` +
        `read <a href="https://acme.example" rel="nofollow noopener noreferrer" target="_blank">our RAG post</a>.</p>\n`,
    );
    // A term added to the glossary is linked on the next view; one removed is no longer.
    await api.ds.query(`DELETE FROM glossary_terms WHERE slug = 'transformer'`);
    expect((await html()).html).not.toContain("/glossary/transformer");
    await api.make.glossaryTerm({ slug: "team", term: "Team" });
    expect((await html()).html).toContain(`Ship ${link("rag", "RAG")}`);
    expect((await html()).html).not.toContain("/glossary/team"); // a heading's words are not linked
  });
});
