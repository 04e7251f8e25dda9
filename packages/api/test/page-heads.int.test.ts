import { markdownToSafeHtml } from "../src/shared/text/markdown";
import { EmploymentType, JobStatus, RemotePolicy, SalaryPeriod } from "../src/features/jobs";
import { TEST_WEB_URL, useTestApi } from "./support/test-api";

const api = useTestApi();

interface Head {
  status: number;
  cache: string | null;
  html: string;
  title: string | undefined;
  meta: (key: string) => string | undefined;
  canonical: string | undefined;
  structuredData: Record<string, any>[];
}

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The head the web server puts into a page's HTML, read as a crawler would. */
async function head(path: string): Promise<Head> {
  const res = await fetch(`${api.server.url}/page-head${path}`);
  const html = await res.text();
  const metas = new Map(
    [...html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])] as [string, string]),
  );
  return {
    status: res.status,
    cache: res.headers.get("cache-control"),
    html,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1] && unescape(/<title>([^<]*)<\/title>/.exec(html)![1]),
    meta: (key) => metas.get(key),
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
    structuredData: [...html.matchAll(/<script type="application\/ld\+json" data-page-head>(.*?)<\/script>/g)].map((m) => JSON.parse(m[1])),
  };
}

test("a job's head: its title, company and pay in the card, its canonical address, and a JobPosting true to the data", async () => {
  const company = await api.make.company({
    name: "Acme AI",
    slug: "acme-ai",
    website: "https://acme.example",
    logoUrl: "https://cdn.example/acme.png",
  });
  const london = await api.make.location({ slug: "london", city: "London", region: "England", country: "GB" });
  const job = await api.make.job({
    slug: "senior-ml-engineer-acme",
    title: "Senior ML Engineer",
    description: "## About\n\nYou will **train** and ship models. [Read more](https://acme.example/ml).",
    companyId: company.id,
    employmentType: EmploymentType.CONTRACT,
    remote: RemotePolicy.HYBRID,
    locations: [london],
    salary: { min: 150_000, max: 200_000, currency: "USD", period: SalaryPeriod.YEAR },
  });

  const page = await head(`/jobs/${job.slug}`);
  expect([page.status, page.cache]).toEqual([200, "public, max-age=60, stale-while-revalidate=300"]);
  expect(page.title).toBe("Senior ML Engineer at Acme AI · HiredinAI");
  expect(page.canonical).toBe(`${TEST_WEB_URL}/jobs/senior-ml-engineer-acme`);
  expect(page.meta("og:title")).toBe("Senior ML Engineer at Acme AI");
  expect(page.meta("og:url")).toBe(page.canonical);
  expect(page.meta("og:image")).toBe("https://cdn.example/acme.png");
  expect(page.meta("twitter:card")).toBe("summary");
  expect(page.meta("description")).toBe("$150k–$200k / year · London · About You will train and ship models. Read more.");
  expect(page.meta("og:description")).toBe(page.meta("description"));
  expect(page.meta("robots")).toBeUndefined();

  expect(page.structuredData).toHaveLength(1);
  const posting = page.structuredData[0];
  // Google's required properties, each checked against the job.
  expect(posting["@type"]).toBe("JobPosting");
  expect(posting.title).toBe(job.title);
  expect(posting.description).toBe(markdownToSafeHtml(job.description));
  expect(posting.datePosted).toBe(job.postedAt!.toISOString());
  expect(posting.hiringOrganization).toEqual({
    "@type": "Organization",
    name: "Acme AI",
    sameAs: "https://acme.example",
    logo: "https://cdn.example/acme.png",
  });
  expect(posting.jobLocation).toEqual([
    { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "London", addressRegion: "England", addressCountry: "GB" } },
  ]);
  // And the recommended ones.
  expect(posting.validThrough).toBe(job.validThrough!.toISOString());
  expect(posting.employmentType).toBe("CONTRACTOR");
  expect(posting.identifier).toEqual({ "@type": "PropertyValue", name: "Acme AI", value: "senior-ml-engineer-acme" });
  expect(posting.directApply).toBe(false);
  expect(posting.baseSalary).toEqual({
    "@type": "MonetaryAmount",
    currency: "USD",
    value: { "@type": "QuantitativeValue", minValue: 150_000, maxValue: 200_000, unitText: "YEAR" },
  });
  expect(posting).not.toHaveProperty("jobLocationType");
});

test("a remote job is TELECOMMUTE with where applicants may be; a job with no salary has no baseSalary", async () => {
  const remote = await api.make.location({ slug: "remote", city: "Remote", country: null });
  const job = await api.make.job({ remote: RemotePolicy.REMOTE, locations: [remote], salary: null });
  const [posting] = (await head(`/jobs/${job.slug}`)).structuredData;
  expect(posting.jobLocationType).toBe("TELECOMMUTE");
  expect(posting.applicantLocationRequirements).toEqual({ "@type": "Country", name: "Anywhere" });
  expect(posting).not.toHaveProperty("jobLocation");
  expect(posting).not.toHaveProperty("baseSalary");
  // Without a logo or a website, the company's page on the site stands for it.
  expect(posting.hiringOrganization.sameAs).toMatch(/^https:\/\/company-\d+\.example$/);
});

test("an ended job's head says it is no longer open, tells crawlers noindex, and has no JobPosting; an unknown or unpublished job's says not found", async () => {
  const company = await api.make.company({ name: "Acme AI" });
  const expired = await api.make.job({ title: "Data Engineer", companyId: company.id, validThrough: new Date(Date.now() - 60_000) });
  const closed = await api.make.job({ title: "ML Engineer", companyId: company.id, status: JobStatus.CLOSED });
  for (const [job, title] of [
    [expired, "Data Engineer at Acme AI: no longer open · HiredinAI"],
    [closed, "ML Engineer at Acme AI: no longer open · HiredinAI"],
  ] as const) {
    const page = await head(`/jobs/${job.slug}`);
    expect([page.status, page.title, page.meta("robots"), page.structuredData]).toEqual([200, title, "noindex", []]);
    expect(page.canonical).toBe(`${TEST_WEB_URL}/jobs/${job.slug}`);
  }
  const draft = await api.make.job({ status: JobStatus.DRAFT });
  for (const slug of [draft.slug, "no-such-job"]) {
    const page = await head(`/jobs/${slug}`);
    expect([slug, page.title, page.meta("robots"), page.structuredData]).toEqual([
      slug,
      "This job is no longer available · HiredinAI",
      "noindex",
      [],
    ]);
  }
});

test("a glossary term's head is its question and definition, with a DefinedTerm and its FAQs", async () => {
  await api.make.glossaryTerm({
    slug: "rag",
    term: "RAG",
    shortDefinition: "Retrieval-augmented generation grounds a model's answer in documents it looks up.",
    faqs: [{ question: "Is RAG fine-tuning?", answer: "No: the model is unchanged." }],
  });
  const page = await head("/glossary/rag");
  expect(page.title).toBe("What is RAG? · HiredinAI");
  expect(page.meta("description")).toBe("Retrieval-augmented generation grounds a model's answer in documents it looks up.");
  expect(page.structuredData.map((d) => d["@type"])).toEqual(["DefinedTerm", "FAQPage"]);
  expect(page.structuredData[0]).toMatchObject({
    name: "RAG",
    url: `${TEST_WEB_URL}/glossary/rag`,
    inDefinedTermSet: { url: `${TEST_WEB_URL}/glossary` },
  });
  expect(page.structuredData[1].mainEntity).toEqual([
    { "@type": "Question", name: "Is RAG fine-tuning?", acceptedAnswer: { "@type": "Answer", text: "No: the model is unchanged." } },
  ]);
  expect((await head("/glossary/nope")).meta("robots")).toBe("noindex");
});

test("companies, categories and cities have heads of their own; any other page the site's, at its own canonical address", async () => {
  const company = await api.make.company({ name: "Deep Labs", description: "We build **agents**." });
  await api.make.category({ slug: "mlops", name: "MLOps", description: "Run models in production." });
  await api.make.location({ slug: "berlin", city: "Berlin", country: "DE" });
  expect((await head(`/companies/${company.slug}`)).title).toBe("Deep Labs: AI jobs and company profile · HiredinAI");
  expect((await head(`/companies/${company.slug}`)).meta("description")).toBe("We build agents.");
  expect((await head("/jobs/category/mlops")).title).toBe("MLOps jobs · HiredinAI");
  expect((await head("/salaries/mlops")).title).toBe("MLOps salaries · HiredinAI");
  expect((await head("/jobs/city/berlin")).title).toBe("AI jobs in Berlin · HiredinAI");

  for (const [path, title, canonical] of [
    ["/about", "About HiredinAI · HiredinAI", `${TEST_WEB_URL}/about`],
    ["/jobs/", "Browse AI jobs · HiredinAI", `${TEST_WEB_URL}/jobs`],
    ["/jobs/remote", "Remote AI jobs · HiredinAI", `${TEST_WEB_URL}/jobs/remote`],
    ["/", "HiredinAI — AI jobs", `${TEST_WEB_URL}/`],
    ["/anything-else", "HiredinAI — AI jobs", `${TEST_WEB_URL}/anything-else`],
  ]) {
    const page = await head(path);
    expect([path, page.title, page.canonical, page.meta("robots")]).toEqual([path, title, canonical, undefined]);
  }
});

test("text from the data can't break out of the head: tags in a title are escaped, and no script can be closed", async () => {
  const company = await api.make.company({ name: `Evil "Co" <b>` });
  const job = await api.make.job({
    title: `Engineer</title><script>alert(1)</script>`,
    companyId: company.id,
    description: "</script><script>alert(2)</script>",
  });
  const page = await head(`/jobs/${job.slug}`);
  expect(page.html).not.toContain("<script>alert");
  expect(page.html.match(/<script/g)).toHaveLength(1);
  expect(page.title).toBe(`Engineer</title><script>alert(1)</script> at Evil "Co" <b> · HiredinAI`);
  expect(page.structuredData[0].title).toBe(job.title);
  // A path that isn't valid percent-encoding is the site's head, not an error.
  expect((await head("/jobs/%E0%A4%A")).status).toBe(200);
});

test("an article's head: its title and summary, its one canonical address under its section, and an Article with author and dates", async () => {
  const [{ id: author }] = await api.ds.query(
    `INSERT INTO article_authors (slug, name, bio) VALUES ('maya', 'Maya Okafor', 'Bio.') RETURNING id`,
  );
  const [row] = await api.ds.query(
    `INSERT INTO articles (slug, section, title, summary, body, author_id, published_at)
     VALUES ('ml-interviews', 'CAREER_ADVICE', 'ML interviews', 'How to prepare.', 'Text.', $1, now() - interval '1 day')
     RETURNING published_at, updated_at`,
    [author],
  );
  // Asked under another section's path, the head still names the article's own address.
  for (const path of ["/career-advice/ml-interviews", "/blog/ml-interviews"]) {
    const page = await head(path);
    expect([path, page.title, page.meta("description"), page.canonical]).toEqual([
      path,
      "ML interviews · HiredinAI",
      "How to prepare.",
      `${TEST_WEB_URL}/career-advice/ml-interviews`,
    ]);
    expect(page.structuredData).toEqual([
      expect.objectContaining({
        "@type": "Article",
        headline: "ML interviews",
        datePublished: (row.published_at as Date).toISOString(),
        dateModified: (row.updated_at as Date).toISOString(),
        author: { "@type": "Person", name: "Maya Okafor", url: `${TEST_WEB_URL}/authors/maya` },
      }),
    ]);
  }
  expect((await head("/authors/maya")).title).toBe("Maya Okafor · HiredinAI");
  await api.ds.query(`UPDATE articles SET published_at = NULL`);
  expect((await head("/career-advice/ml-interviews")).meta("robots")).toBe("noindex");
});
