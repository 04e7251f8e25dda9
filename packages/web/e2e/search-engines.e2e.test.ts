import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { KNOWN_PATHS_PATTERN } from "../src/app/paths";
import { sql } from "./support/accounts";
import { graphql, useBrowser, webUrl } from "./support/browser";

const browser = useBrowser();

/** What the page's robots tags say (the server's, for the page first loaded, and the app's own). */
const robots = (page: Page) =>
  page.locator('meta[name="robots"]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute("content")))]);

/** Every `<loc>` of a sitemap or sitemap index. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

test("a path no page has answers 404 with the site's not-found page; a page's path answers 200", async () => {
  for (const path of ["/no-such-page", "/jobs/a/b", "/admin"]) {
    const res = await fetch(webUrl(path));
    expect([path, res.status, res.headers.get("content-type")]).toEqual([path, 404, "text/html; charset=utf-8"]);
    expect(res.headers.get("content-security-policy")).toContain("default-src");
    expect(await res.text()).toContain('<div id="root">');
  }
  for (const path of ["/", "/jobs", "/jobs/any-slug-at-all", "/glossary", "/about"]) {
    expect([path, (await fetch(webUrl(path))).status]).toEqual([path, 200]);
  }
  // Files and the API's paths go their own way.
  expect((await fetch(webUrl("/favicon.svg"))).status).toBe(200);

  const { page, close } = await browser.open("/no-such-page");
  try {
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await robots(page)).toEqual(["noindex"]);
  } finally {
    await close();
  }
});

test("a job that isn't there says so, and tells search engines not to index it", async () => {
  const { page, close } = await browser.open("/jobs/no-such-job-anywhere");
  try {
    await page.getByRole("heading", { level: 1, name: "This job is no longer available" }).waitFor();
    expect(await robots(page)).toEqual(["noindex"]);
    // A page that exists carries no such tag.
    await page.getByRole("link", { name: "Browse all jobs" }).click();
    await page.getByRole("heading", { level: 1 }).filter({ hasNotText: "no longer available" }).waitFor();
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
  } finally {
    await close();
  }
});

test("robots.txt and the sitemaps are on the site's own origin; the jobs sitemaps list the live jobs, no more", async () => {
  const robots = await fetch(webUrl("/robots.txt"));
  expect([robots.status, robots.headers.get("content-type")]).toEqual([200, "text/plain; charset=utf-8"]);
  expect(await robots.text()).toContain(`Sitemap: ${webUrl("/sitemap.xml")}`);

  const index = await fetch(webUrl("/sitemap.xml"));
  expect(index.status).toBe(200);
  const files = locs(await index.text());
  expect(files).toEqual(expect.arrayContaining([webUrl("/sitemaps/pages.xml"), webUrl("/sitemaps/jobs-1.xml")]));

  const jobUrls: string[] = [];
  for (const file of files.filter((url) => url.includes("/sitemaps/jobs-"))) {
    jobUrls.push(...locs(await (await fetch(file)).text()));
  }
  const live = await graphql<{ jobs: { totalCount: number } }>(`
    {
      jobs(first: 1) {
        totalCount
      }
    }
  `);
  expect(jobUrls).toHaveLength(live.jobs.totalCount);
  // Each one is a live job's page.
  for (const url of jobUrls.slice(0, 5)) {
    const slug = decodeURIComponent(new URL(url).pathname.replace("/jobs/", ""));
    const { job } = await graphql<{ job: { slug: string } | null }>(
      `
        query ($slug: String!) {
          job(slug: $slug) {
            slug
          }
        }
      `,
      { slug },
    );
    expect([url, job]).toEqual([url, { slug }]);
  }

  const pages = locs(await (await fetch(webUrl("/sitemaps/pages.xml"))).text());
  expect(pages).toEqual(expect.arrayContaining([webUrl("/"), webUrl("/jobs"), webUrl("/glossary"), webUrl("/about")]));
});

test("nginx (docker-compose) gives the app shell to exactly the app's pages: its list is paths.ts's", () => {
  const conf = readFileSync(resolve(__dirname, "../nginx.conf"), "utf8");
  const pages = [...conf.matchAll(/location ~ "([^"]+)" \{\n\s+try_files \/index\.html =404;/g)].map((m) => m[1]);
  expect(pages).toEqual([KNOWN_PATHS_PATTERN]);
});

test("a job page's HTML, without JavaScript, carries its title, canonical, social card and JobPosting; they go when the visitor moves on", async () => {
  const { jobs } = await graphql<{ jobs: { edges: { node: { slug: string; title: string; company: { name: string } } }[] } }>(`
    {
      jobs(first: 1) {
        edges {
          node {
            slug
            title
            company {
              name
            }
          }
        }
      }
    }
  `);
  const job = jobs.edges[0]!.node;
  const res = await fetch(webUrl(`/jobs/${job.slug}`));
  expect(res.status).toBe(200);
  const html = await res.text();
  const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  expect(html).toContain(`<title>${escaped(`${job.title} at ${job.company.name}`)} · HiredinAI</title>`);
  expect(html).toContain(`<link rel="canonical" href="${webUrl(`/jobs/${job.slug}`)}" data-page-head />`);
  expect(html).toContain(`<meta property="og:title" content="${escaped(`${job.title} at ${job.company.name}`)}" data-page-head />`);
  expect(html).toContain('<meta name="twitter:card" content="summary" data-page-head />');
  const ld = /<script type="application\/ld\+json" data-page-head>(.*?)<\/script>/.exec(html);
  expect(JSON.parse(ld![1]!)).toMatchObject({ "@type": "JobPosting", title: job.title, hiringOrganization: { name: job.company.name } });
  // No page is left without a title when the API can't be asked for its head: the shell has none of its own.
  expect(html.match(/<title>/g)).toHaveLength(1);

  const { page, close } = await browser.open(`/jobs/${job.slug}`);
  try {
    await page.getByRole("heading", { level: 1, name: job.title }).waitFor();
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    await page.getByRole("main").getByRole("link", { name: job.company.name }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith("/companies/"));
    await page.getByRole("heading", { level: 1, name: job.company.name }).waitFor();
    expect(await page.locator("[data-page-head]").count()).toBe(0);
    expect(await page.title()).toContain(job.company.name);
  } finally {
    await close();
  }
});

test("each page without data of its own says the same title and description before and after JavaScript runs", async () => {
  const paths = ["/", "/jobs", "/jobs/remote", "/jobs/entry-level", "/jobs/categories", "/companies", "/glossary", "/salaries"];
  paths.push("/pricing", "/alerts", "/sitemap", "/about", "/contact", "/privacy", "/terms", "/guidelines", "/dmca", "/cookies");
  paths.push("/blog", "/career-advice", "/salary-guides", "/industry-news");
  const { page, close } = await browser.open("/");
  try {
    for (const path of paths) {
      const html = await (await fetch(webUrl(path))).text();
      const served = {
        title: /<title>([^<]*)<\/title>/
          .exec(html)?.[1]
          ?.replace(/&amp;/g, "&")
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"'),
        description: /<meta name="description" content="([^"]*)"/
          .exec(html)?.[1]
          ?.replace(/&amp;/g, "&")
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"'),
      };
      await page.goto(webUrl(path));
      await page.getByRole("main").getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForFunction((title) => document.title === title, served.title, { timeout: 5_000 }).catch(() => undefined);
      const shown = {
        title: await page.title(),
        description: await page.locator('meta[name="description"]').last().getAttribute("content"),
      };
      expect([path, shown]).toEqual([path, served]);
    }
  } finally {
    await close();
  }
});

test("an ended job keeps its page: it says so, offers similar live jobs, has no Apply button, and crawlers drop it", async () => {
  const [ended] = await sql<{ slug: string; title: string }>(
    `SELECT j.slug, j.title FROM jobs j WHERE j.status IN ('EXPIRED', 'CLOSED') ORDER BY j.id LIMIT 1`,
  );
  if (!ended) throw new Error("The seed has no expired or closed job");
  const html = await (await fetch(webUrl(`/jobs/${ended.slug}`))).text();
  expect(html).toContain('<meta name="robots" content="noindex" data-page-head />');
  expect(html).not.toContain("application/ld+json");
  expect(html).toMatch(/<title>[^<]*: no longer open · HiredinAI<\/title>/);

  const { page, pageErrors, close } = await browser.open(`/jobs/${ended.slug}`);
  try {
    await page.getByRole("heading", { level: 1, name: ended.title }).waitFor();
    await page.getByRole("status").filter({ hasText: "This job is no longer open for applications." }).waitFor();
    expect(await page.getByRole("link", { name: /^Apply for this job/ }).count()).toBe(0);
    expect(await robots(page)).toEqual(["noindex"]);
    const similar = page.getByRole("region", { name: "Similar jobs" });
    if (await similar.count()) {
      await similar.getByRole("link").first().click();
      await page
        .getByRole("link", { name: /^Apply for this job/ })
        .first()
        .waitFor();
    }
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
