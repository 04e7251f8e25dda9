import { partnerOperations } from "@hiredinai/schema";
import { JobStatus, RemotePolicy, SalaryPeriod, Seniority } from "../src/features/jobs/job.enums";
import { toGlobalId } from "../src/shared/graphql/global-id";
import { makeApiKey } from "./support/accounts";
import { TEST_WEB_URL, useTestApi } from "./support/test-api";

/** Every operation runs as a partner site does: with its API key, spending the key's own budget. */
const api = useTestApi();
const PARTNER_BUDGET = 5_000;
let partnerKey: string;
beforeEach(async () => {
  partnerKey = (await makeApiKey(api.ds, { name: "Partner site", hourlyBudget: PARTNER_BUDGET })).secret;
});
const ops = partnerOperations();
const op = (name: string) => {
  const source = ops.get(name);
  if (!source) throw new Error(`the partner contract has no operation ${name}`);
  return source;
};

/** A small world: two categories, two cities, a company, live and hidden jobs, glossary terms. */
async function world() {
  const genAi = await api.make.category({ slug: "generative-ai", name: "Generative AI" });
  const data = await api.make.category({ slug: "data-science", name: "Data Science" });
  const sf = await api.make.location({ slug: "san-francisco", city: "San Francisco", region: "CA", country: "US" });
  const london = await api.make.location({ slug: "london", city: "London", region: "England", country: "GB" });
  const acme = await api.make.company({
    slug: "acme-ai",
    name: "Acme AI",
    website: "https://acme.example",
    logoUrl: "https://logo.example/acme.png",
    size: "51-200",
    headquarters: "San Francisco, CA",
    verified: true,
  });
  const llm = await api.make.glossaryTerm({
    slug: "large-language-model",
    term: "Large Language Model",
    aliases: ["LLM"],
    shortDefinition: "A big model of language.",
  });
  const now = Date.now();
  const llmJob = await api.make.job({
    slug: "senior-llm-engineer",
    title: "Senior LLM Engineer",
    description: "Build a **Large Language Model** platform. <script>alert(1)</script>",
    companyId: acme.id,
    categoryId: genAi.id,
    seniority: Seniority.SENIOR,
    remote: RemotePolicy.REMOTE,
    tags: ["llm", "python"],
    locations: [sf, london],
    postedAt: new Date(now - 3_600_000),
    salary: { min: 180_000, max: 240_000, currency: "USD", period: SalaryPeriod.YEAR },
  });
  const dataJob = await api.make.job({
    slug: "data-scientist",
    title: "Data Scientist",
    companyId: acme.id,
    categoryId: data.id,
    seniority: Seniority.ENTRY,
    remote: RemotePolicy.ONSITE,
    locations: [london],
    postedAt: new Date(now - 7_200_000),
    salary: { min: 60_000, max: 80_000, currency: "GBP", period: SalaryPeriod.YEAR },
  });
  await api.make.job({ slug: "draft-job", title: "Draft LLM Engineer", companyId: acme.id, categoryId: genAi.id, status: JobStatus.DRAFT });
  await api.make.job({
    slug: "expired-job",
    title: "Expired LLM Engineer",
    companyId: acme.id,
    categoryId: genAi.id,
    validThrough: new Date(now - 1000),
  });
  return { genAi, data, sf, london, acme, llm, llmJob, dataJob };
}

async function run(name: string, variables: Record<string, unknown> = {}) {
  const res = await api.gql(op(name), variables, { "x-api-key": partnerKey });
  expect(res.errors).toBeUndefined();
  expect(res.status).toBe(200);
  expect(res.extensions?.rateLimit).toMatchObject({ limit: PARTNER_BUDGET });
  return res.data!;
}

test("LatestJobs lists live jobs newest first with every field partners read", async () => {
  const w = await world();
  const data = await run("LatestJobs", { first: 10 });
  expect(data.jobs.totalCount).toBe(2);
  expect(data.jobs.pageInfo.hasNextPage).toBe(false);
  expect(data.jobs.edges.map((e: any) => e.node.slug)).toEqual(["senior-llm-engineer", "data-scientist"]);
  const node = data.jobs.edges[0].node;
  expect(node).toMatchObject({
    slug: "senior-llm-engineer",
    url: `${TEST_WEB_URL}/jobs/senior-llm-engineer`,
    title: "Senior LLM Engineer",
    remote: "REMOTE",
    seniority: "SENIOR",
    employmentType: "FULL_TIME",
    tags: ["llm", "python"],
    category: { slug: "generative-ai", name: "Generative AI" },
    company: { slug: "acme-ai", name: "Acme AI", logoUrl: "https://logo.example/acme.png" },
    salary: { min: 180000, max: 240000, currency: "USD", period: "YEAR" },
  });
  expect(new Date(node.postedAt).getTime()).toBe(w.llmJob.postedAt!.getTime());
  expect(node.locations.map((l: any) => l.slug).sort()).toEqual(["london", "san-francisco"]);

  const filtered = await run("LatestJobs", { first: 10, filter: { categories: ["data-science"] } });
  expect(filtered.jobs.edges.map((e: any) => e.node.slug)).toEqual(["data-scientist"]);
});

test("SearchJobs finds jobs by text, remote policy, seniority and salary", async () => {
  await world();
  const data = await run("SearchJobs", { query: "LLM engineer", remote: ["REMOTE"], seniorities: ["SENIOR"], salaryMin: 200000 });
  expect(data.jobs.totalCount).toBe(1);
  expect(data.jobs.edges[0].node).toEqual({
    slug: "senior-llm-engineer",
    title: "Senior LLM Engineer",
    company: { name: "Acme AI" },
    salary: { min: 180000, max: 240000, currency: "USD", period: "YEAR" },
  });
  const none = await run("SearchJobs", { query: "LLM engineer", salaryMin: 250000 });
  expect(none.jobs.totalCount).toBe(0);
});

test("JobDetail returns the whole job, safe HTML and the glossary terms it mentions", async () => {
  await world();
  const data = await run("JobDetail", { slug: "senior-llm-engineer" });
  const job = data.job;
  expect(job).toMatchObject({
    slug: "senior-llm-engineer",
    applyUrl: expect.stringMatching(/^https:\/\//),
    company: { slug: "acme-ai", website: "https://acme.example" },
    glossaryTerms: [{ slug: "large-language-model", term: "Large Language Model" }],
  });
  expect(job.description).toContain("**Large Language Model**");
  // Rendered, with the glossary term it names linked to the term's page.
  expect(job.descriptionHtml).toContain(
    '<strong><a href="https://hiredin.test/glossary/large-language-model" class="glossary-term">Large Language Model</a></strong>',
  );
  expect(job.descriptionHtml).not.toContain("<script");
  expect(job.locations).toEqual(expect.arrayContaining([{ city: "San Francisco", region: "CA", country: "US", slug: "san-francisco" }]));
  expect(new Date(job.validThrough).getTime()).toBeGreaterThan(Date.now());

  expect((await run("JobDetail", { slug: "no-such-job" })).job).toBeNull();
  expect((await run("JobDetail", { slug: "draft-job" })).job).toBeNull();
  expect((await run("JobDetail", { slug: "expired-job" })).job).toBeNull();
});

test("CompanyProfile shows the profile and its live jobs", async () => {
  await world();
  const data = await run("CompanyProfile", { slug: "acme-ai" });
  expect(data.company).toMatchObject({
    slug: "acme-ai",
    url: `${TEST_WEB_URL}/companies/acme-ai`,
    name: "Acme AI",
    size: "51-200",
    headquarters: "San Francisco, CA",
    verified: true,
    openJobsCount: 2,
    jobs: { totalCount: 2 },
  });
  expect(data.company.jobs.edges.map((e: any) => e.node.slug)).toEqual(["senior-llm-engineer", "data-scientist"]);
  expect((await run("CompanyProfile", { slug: "nope" })).company).toBeNull();
});

test("JobCategories counts live jobs per category", async () => {
  await world();
  const data = await run("JobCategories");
  expect(data.jobCategories).toEqual([
    { slug: "generative-ai", name: "Generative AI", jobCount: 1 },
    { slug: "data-science", name: "Data Science", jobCount: 1 },
  ]);
});

test("GlossaryIndex lists terms A to Z, by letter", async () => {
  await api.make.glossaryTerm({ slug: "transformer", term: "Transformer", shortDefinition: "An architecture." });
  await api.make.glossaryTerm({ slug: "attention", term: "Attention", shortDefinition: "Weighing inputs." });
  await api.make.glossaryTerm({ slug: "tokenization", term: "Tokenization", shortDefinition: "Splitting text." });
  const all = await run("GlossaryIndex");
  expect(all.glossaryTerms.totalCount).toBe(3);
  expect(all.glossaryTerms.edges.map((e: any) => e.node.term)).toEqual(["Attention", "Tokenization", "Transformer"]);
  const t = await run("GlossaryIndex", { letter: "T" });
  expect(t.glossaryTerms).toEqual({
    totalCount: 2,
    edges: [
      { node: { slug: "tokenization", term: "Tokenization", shortDefinition: "Splitting text." } },
      { node: { slug: "transformer", term: "Transformer", shortDefinition: "An architecture." } },
    ],
  });
});

test("GlossaryTermPage has the body, FAQs, related terms and the related category's jobs", async () => {
  const w = await world();
  const pre = await api.make.glossaryTerm({
    slug: "pre-training",
    term: "Pre-training",
    shortDefinition: "Learning general representations.",
  });
  const fm = await api.make.glossaryTerm({
    slug: "foundation-model",
    term: "Foundation Model",
    shortDefinition: "A large model adaptable to many tasks.",
    body: "Para one.\n\nPara two.",
    howItWorks: "Pre-trained, then adapted.",
    careerRelevance: "Essential for AI roles.",
    relatedCategoryId: w.genAi.id,
    faqs: [
      { question: "What makes a model a foundation model?", answer: "Scale and breadth." },
      { question: "Do I need to train one?", answer: "No." },
    ],
    related: [w.llm, pre],
  });
  const data = await run("GlossaryTermPage", { slug: "foundation-model" });
  expect(data.glossaryTerm).toMatchObject({
    slug: "foundation-model",
    url: `${TEST_WEB_URL}/glossary/foundation-model`,
    term: "Foundation Model",
    body: "Para one.\n\nPara two.",
    howItWorks: "Pre-trained, then adapted.",
    careerRelevance: "Essential for AI roles.",
    faqs: [
      { question: "What makes a model a foundation model?", answer: "Scale and breadth." },
      { question: "Do I need to train one?", answer: "No." },
    ],
    relatedTerms: [
      { slug: "large-language-model", term: "Large Language Model", shortDefinition: "A big model of language." },
      { slug: "pre-training", term: "Pre-training", shortDefinition: "Learning general representations." },
    ],
    relatedCategory: {
      slug: "generative-ai",
      name: "Generative AI",
      jobs: {
        totalCount: 1,
        edges: [{ node: { slug: "senior-llm-engineer", title: "Senior LLM Engineer", company: { name: "Acme AI" } } }],
      },
    },
  });
  expect(Date.parse(data.glossaryTerm.updatedAt)).toBeGreaterThan(0);
  expect(fm.id).toBeGreaterThan(0);
});

test("SalaryStats gives percentiles of annualised USD pay", async () => {
  const company = await api.make.company();
  const category = await api.make.category({ slug: "ml" });
  for (const [min, max] of [
    [100_000, 120_000],
    [140_000, 160_000],
    [180_000, 200_000],
    [220_000, 240_000],
  ]) {
    await api.make.job({
      companyId: company.id,
      categoryId: category.id,
      salary: { min, max, currency: "USD", period: SalaryPeriod.YEAR },
    });
  }
  await api.make.job({ companyId: company.id, categoryId: category.id, salary: null });
  const data = await run("SalaryStats", { filter: { categories: ["ml"] } });
  // Midpoints 110k, 150k, 190k, 230k: linear-interpolated percentiles.
  expect(data.salaryStats).toEqual({ sampleSize: 4, currency: "USD", period: "YEAR", p25: 140000, median: 170000, p75: 200000 });
});

test("ByGlobalId fetches jobs, companies and glossary terms by global ID", async () => {
  const w = await world();
  const latest = await run("LatestJobs", { first: 1 });
  const jobId = latest.jobs.edges[0].node.id;
  const companyId = latest.jobs.edges[0].node.company.id;
  expect((await run("ByGlobalId", { id: jobId })).node).toEqual({ id: jobId, slug: "senior-llm-engineer", title: "Senior LLM Engineer" });
  expect((await run("ByGlobalId", { id: companyId })).node).toEqual({ id: companyId, slug: "acme-ai", name: "Acme AI" });
  const termId = (await run("GlossaryTermPage", { slug: w.llm.slug })).glossaryTerm.id;
  expect((await run("ByGlobalId", { id: termId })).node).toEqual({
    id: termId,
    slug: "large-language-model",
    term: "Large Language Model",
  });
  expect((await run("ByGlobalId", { id: "bm90LWFuLWlk" })).node).toBeNull();
  expect((await run("ByGlobalId", { id: Buffer.from("Job:999999").toString("base64url") })).node).toBeNull();
});

test("CreateAlert stores a pending alert and queues the confirmation email", async () => {
  await world();
  const data = await run("CreateAlert", {
    input: {
      email: "Ada@Example.com",
      frequency: "WEEKLY",
      criteria: {
        query: "llm",
        categories: ["generative-ai"],
        seniorities: ["SENIOR"],
        remote: ["REMOTE"],
        locations: ["london"],
        salaryMin: 150000,
      },
    },
  });
  expect(data.createAlert.alert).toMatchObject({
    email: "ada@example.com",
    frequency: "WEEKLY",
    status: "PENDING_CONFIRMATION",
    criteria: {
      query: "llm",
      categories: ["generative-ai"],
      seniorities: ["SENIOR"],
      remote: ["REMOTE"],
      locations: ["london"],
      salaryMin: 150000,
    },
  });
  const outbox = await api.ds.query(`SELECT kind, to_address, subject, text_body, status FROM email_outbox`);
  expect(outbox).toHaveLength(1);
  expect(outbox[0]).toMatchObject({ kind: "ALERT_CONFIRMATION", to_address: "ada@example.com", status: "PENDING" });
  // The link's token is signed for this alert and the confirm action; the database keeps no copy of it.
  const token = /alerts\/confirm\?token=([\w.-]+)/.exec(outbox[0].text_body)![1];
  expect(token).toMatch(/^\d+\.\d+\.[\w-]{43}$/);
  expect(JSON.stringify(await api.ds.query(`SELECT * FROM alerts`))).not.toContain(token);
});

test("RateLimit answers where the key's budget stands, as every response's extensions.rateLimit does", async () => {
  await world();
  const page = await api.gql(op("LatestJobs"), { first: 10 }, { "x-api-key": partnerKey });
  const spent = page.extensions!.rateLimit as { cost: number; used: number };
  expect(spent.cost).toBeGreaterThan(1);

  const res = await api.gql(op("RateLimit"), {}, { "x-api-key": partnerKey });
  expect(res.errors).toBeUndefined();
  const { rateLimit } = res.data!;
  expect(rateLimit).toEqual({
    limit: PARTNER_BUDGET,
    cost: 1,
    remaining: PARTNER_BUDGET - spent.used - 1,
    resetAt: (res.extensions!.rateLimit as { resetAt: string }).resetAt,
  });
  expect(res.extensions!.rateLimit).toMatchObject({ limit: PARTNER_BUDGET, cost: 1, remaining: rateLimit.remaining, used: spent.used + 1 });
  expect(Date.parse(rateLimit.resetAt)).toBeGreaterThan(Date.now());
  expect(res.headers.get("x-ratelimit-remaining")).toBe(String(rateLimit.remaining));
});

test("the whole contract runs with one partner key, every operation answered without errors", async () => {
  const w = await world();
  const variables: Record<string, Record<string, unknown>> = {
    LatestJobs: { first: 10 },
    SearchJobs: { query: "LLM" },
    JobDetail: { slug: w.llmJob.slug },
    CompanyProfile: { slug: w.acme.slug },
    JobCategories: {},
    GlossaryIndex: {},
    GlossaryTermPage: { slug: w.llm.slug },
    SalaryStats: {},
    ByGlobalId: { id: toGlobalId("Job", w.llmJob.id) },
    RateLimit: {},
    CreateAlert: { input: { email: "partner-user@example.com", frequency: "DAILY", criteria: { query: "llm" } } },
  };
  expect([...ops.keys()].sort()).toEqual(Object.keys(variables).sort());
  let used = 0;
  for (const name of ops.keys()) {
    const res = await api.gql(op(name), variables[name], { "x-api-key": partnerKey });
    expect([name, res.status, res.errors]).toEqual([name, 200, undefined]);
    const rateLimit = res.extensions!.rateLimit as { limit: number; cost: number; used: number };
    used += rateLimit.cost;
    expect([name, rateLimit.limit, rateLimit.used]).toEqual([name, PARTNER_BUDGET, used]);
  }
});
