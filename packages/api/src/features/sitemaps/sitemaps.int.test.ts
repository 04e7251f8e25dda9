import { Readable } from "node:stream";
import { parseSitemap, parseSitemapIndex } from "sitemap";
import { TEST_WEB_URL, useTestApi } from "../../../test/support/test-api";
import { JobStatus } from "../jobs/job.enums";
import { URLS_PER_SITEMAP } from "./sitemap.service";

const api = useTestApi();

async function get(path: string): Promise<{ status: number; type: string | null; cache: string | null; text: string }> {
  const res = await fetch(`${api.server.url}${path}`);
  return { status: res.status, type: res.headers.get("content-type"), cache: res.headers.get("cache-control"), text: await res.text() };
}

/** A sitemap's pages as a crawler reads them: each `<loc>` with its `<lastmod>` (the library's own parser). */
async function sitemap(path: string): Promise<Map<string, string | undefined>> {
  const res = await get(path);
  expect([path, res.status, res.type]).toEqual([path, 200, "application/xml; charset=utf-8"]);
  expect(res.cache).toBe("public, max-age=3600, stale-while-revalidate=3600");
  return new Map((await parseSitemap(Readable.from([res.text]))).map((item) => [item.url, item.lastmod]));
}

async function index(): Promise<Map<string, string | undefined>> {
  const res = await get("/sitemap.xml");
  expect([res.status, res.type]).toEqual([200, "application/xml; charset=utf-8"]);
  return new Map((await parseSitemapIndex(Readable.from([res.text]))).map((item) => [item.url, item.lastmod]));
}

const iso = (date: Date) => date.toISOString();

test("robots.txt lets crawlers in, keeps them out of accounts, employers' and admins' pages, and names the sitemap", async () => {
  const res = await get("/robots.txt");
  expect([res.status, res.type]).toEqual([200, "text/plain; charset=utf-8"]);
  const lines = res.text.split("\n");
  expect(lines[0]).toBe("User-agent: *");
  expect(lines).toEqual(expect.arrayContaining(["Allow: /", "Disallow: /account", "Disallow: /employer", "Disallow: /admin"]));
  expect(lines).toContain(`Sitemap: ${TEST_WEB_URL}/sitemap.xml`);
  expect(lines).not.toContain("Disallow: /");
});

test("the jobs sitemap lists live jobs only, each with the time it last changed", async () => {
  const live = await api.make.job({ slug: "live-ml-engineer" });
  const soon = await api.make.job({ slug: "still-open", validThrough: new Date(Date.now() + 60_000) });
  await api.make.job({ slug: "expired-by-date", validThrough: new Date(Date.now() - 60_000) });
  for (const status of [JobStatus.DRAFT, JobStatus.PENDING_REVIEW, JobStatus.EXPIRED, JobStatus.REJECTED, JobStatus.CLOSED]) {
    await api.make.job({ slug: `not-live-${status.toLowerCase()}`, status });
  }
  const jobs = await sitemap("/sitemaps/jobs-1.xml");
  expect(jobs).toEqual(
    new Map([
      [`${TEST_WEB_URL}/jobs/live-ml-engineer`, iso(live.updatedAt)],
      [`${TEST_WEB_URL}/jobs/still-open`, iso(soon.updatedAt)],
    ]),
  );

  // A job that closes leaves the sitemap at once.
  await api.ds.query(`UPDATE jobs SET status = 'CLOSED' WHERE id = $1`, [live.id]);
  expect([...(await sitemap("/sitemaps/jobs-1.xml")).keys()]).toEqual([`${TEST_WEB_URL}/jobs/still-open`]);
});

test("the index lists every child sitemap with the newest change in it; long lists are cut into files", async () => {
  const term = await api.make.glossaryTerm({ slug: "transformer" });
  const job = await api.make.job();
  // One more company than a file holds (each job above made one too): companies-1 is full, companies-2 has the rest.
  await api.ds.query(
    `INSERT INTO companies (slug, name, website, description, size, headquarters, verified, updated_at)
     SELECT 'bulk-' || n, 'Bulk ' || n, NULL, NULL, NULL, NULL, false, timestamptz '2026-01-01' + n * interval '1 minute'
     FROM generate_series(1, $1) n`,
    [URLS_PER_SITEMAP],
  );
  const [{ newest }] = await api.ds.query(`SELECT updated_at AS newest FROM companies WHERE slug = $1`, [`bulk-${URLS_PER_SITEMAP}`]);

  const files = await index();
  expect([...files.keys()].sort()).toEqual(
    ["companies-1", "companies-2", "glossary", "jobs-1", "pages"].map((name) => `${TEST_WEB_URL}/sitemaps/${name}.xml`),
  );
  expect(files.get(`${TEST_WEB_URL}/sitemaps/jobs-1.xml`)).toBe(iso(job.updatedAt));
  expect(files.get(`${TEST_WEB_URL}/sitemaps/glossary.xml`)).toBe(iso(term.updatedAt));
  expect(files.get(`${TEST_WEB_URL}/sitemaps/companies-2.xml`)).toBe(iso(newest as Date));

  const first = await sitemap("/sitemaps/companies-1.xml");
  const second = await sitemap("/sitemaps/companies-2.xml");
  expect([first.size, second.size]).toEqual([URLS_PER_SITEMAP, 1]);
  expect([...second.keys()]).toEqual([`${TEST_WEB_URL}/companies/bulk-${URLS_PER_SITEMAP}`]);
  expect(first.has(`${TEST_WEB_URL}/companies/bulk-${URLS_PER_SITEMAP}`)).toBe(false);

  expect(await sitemap("/sitemaps/glossary.xml")).toEqual(new Map([[`${TEST_WEB_URL}/glossary/transformer`, iso(term.updatedAt)]]));
});

test("the pages sitemap has the static pages and a landing page per category and per city with live jobs", async () => {
  const category = await api.make.category({ slug: "mlops" });
  const empty = await api.make.category({ slug: "robotics" });
  const berlin = await api.make.location({ slug: "berlin" });
  await api.make.location({ slug: "nowhere" });
  const job = await api.make.job({ categoryId: category.id, locations: [berlin] });
  const pages = await sitemap("/sitemaps/pages.xml");

  for (const path of ["/", "/jobs", "/jobs/remote", "/companies", "/glossary", "/salaries", "/about", "/privacy"]) {
    expect([path, pages.has(`${TEST_WEB_URL}${path}`)]).toEqual([path, true]);
  }
  expect(pages.get(`${TEST_WEB_URL}/jobs`)).toBe(iso(job.updatedAt));
  expect(pages.get(`${TEST_WEB_URL}/jobs/category/mlops`)).toBe(iso(job.updatedAt));
  expect(pages.get(`${TEST_WEB_URL}/salaries/mlops`)).toBe(iso(job.updatedAt));
  expect(pages.get(`${TEST_WEB_URL}/jobs/city/berlin`)).toBe(iso(job.updatedAt));
  // A category's page exists with no jobs in it (it says so); a city's page only has its jobs.
  expect(pages.has(`${TEST_WEB_URL}/jobs/category/${empty.slug}`)).toBe(true);
  expect(pages.has(`${TEST_WEB_URL}/jobs/city/nowhere`)).toBe(false);
  // No private page is offered.
  expect([...pages.keys()].filter((url) => /\/(account|employer|admin|sign-in)/.test(url))).toEqual([]);
});

test("a sitemap that does not exist is 404, never an empty file or an error", async () => {
  await api.make.job();
  for (const path of [
    "/sitemaps/jobs-2.xml",
    "/sitemaps/jobs-0.xml",
    "/sitemaps/nope.xml",
    "/sitemaps/jobs-1.txt",
    "/sitemaps/..%2Fpasswd.xml",
  ]) {
    const res = await get(path);
    expect([path, res.status, res.cache]).toEqual([path, 404, "no-store"]);
  }
  // With no live job and no glossary term, the index has neither file, and neither is served.
  await api.ds.query(`UPDATE jobs SET status = 'CLOSED'`);
  expect([...(await index()).keys()].sort()).toEqual(["companies-1", "pages"].map((name) => `${TEST_WEB_URL}/sitemaps/${name}.xml`));
  expect((await get("/sitemaps/jobs-1.xml")).status).toBe(404);
  expect((await get("/sitemaps/glossary.xml")).status).toBe(404);
});

test("the articles sitemap lists published articles under their sections and their authors' pages; never a draft", async () => {
  const [{ id: author }] = await api.ds.query(`INSERT INTO article_authors (slug, name, bio) VALUES ('maya', 'Maya', 'Bio.') RETURNING id`);
  await api.ds.query(
    `INSERT INTO articles (slug, section, title, summary, body, author_id, published_at) VALUES
       ('mlops-pay', 'SALARY_GUIDE', 'MLOps pay', 'S.', 'B.', $1, now() - interval '1 day'),
       ('draft-one', 'BLOG', 'Draft', 'S.', 'B.', $1, NULL),
       ('later', 'BLOG', 'Later', 'S.', 'B.', $1, now() + interval '1 day')`,
    [author],
  );
  expect([...(await index()).keys()]).toContain(`${TEST_WEB_URL}/sitemaps/articles.xml`);
  expect([...(await sitemap("/sitemaps/articles.xml")).keys()].sort()).toEqual(
    [`${TEST_WEB_URL}/authors/maya`, `${TEST_WEB_URL}/salary-guides/mlops-pay`].sort(),
  );
  await api.ds.query(`UPDATE articles SET published_at = NULL`);
  expect([...(await index()).keys()]).not.toContain(`${TEST_WEB_URL}/sitemaps/articles.xml`);
  expect((await get("/sitemaps/articles.xml")).status).toBe(404);
});
