import { sql } from "./support/accounts";
import { graphql, saveScreenshot, useBrowser, webUrl } from "./support/browser";
import { jobSlugs, jobTotal, results, resultSlugs, waitForCount } from "./support/jobs";

interface ApiJob {
  slug: string;
  title: string;
  company: { name: string };
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  locations: { slug: string; city: string; region: string | null; country: string | null }[];
  glossaryTerms: { slug: string; term: string }[];
}

/** The newest jobs (the first page of /jobs) with what their job pages show. */
async function newestJobs(): Promise<ApiJob[]> {
  const data = await graphql<{ jobs: { edges: { node: ApiJob }[] } }>(`
    query E2eNewestJobs {
      jobs(first: 20, orderBy: { field: POSTED_AT, direction: DESC }) {
        edges {
          node {
            slug
            title
            company {
              name
            }
            salary {
              min
              max
              currency
              period
            }
            locations {
              slug
              city
              region
              country
            }
            glossaryTerms {
              slug
              term
            }
          }
        }
      }
    }
  `);
  return data.jobs.edges.map((e) => e.node);
}

/** An annual amount as the site writes it, e.g. 131000 USD -> "$131k" (whole thousands only). */
function thousands(amount: number, currency: string): string {
  const n = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 1 });
  return `${n.format(amount / 1000)}k`;
}

const browser = useBrowser();

describe("job page", () => {
  test("opened from the results, shows the API's title, company, salary and cities, and links a glossary term to its page", async () => {
    const [total, jobs] = await Promise.all([jobTotal({}), newestJobs()]);
    // A job with everything to check: a yearly salary range in whole thousands, a city, and glossary terms.
    const job = jobs.find(
      (j) =>
        j.glossaryTerms.length > 0 &&
        j.locations.some((l) => l.slug !== "remote") &&
        j.salary?.period === "YEAR" &&
        j.salary.min != null &&
        j.salary.max != null &&
        j.salary.min % 1000 === 0 &&
        j.salary.max % 1000 === 0 &&
        j.salary.min !== j.salary.max,
    );
    if (!job) throw new Error("The seed has no job on the first page with a salary, a city and glossary terms");
    const salary = job.salary!;

    const { page, pageErrors, close } = await browser.open("/jobs");
    try {
      await waitForCount(page, total);
      await expect(resultSlugs(page)).resolves.toContain(job.slug);
      // Its link in the list (titles can repeat across companies: the link is the one to this job).
      const link = results(page)
        .getByRole("link", { name: job.title, exact: true })
        .and(page.locator(`[href="/jobs/${job.slug}"]`));
      await link.click();

      await page.getByRole("heading", { level: 1, name: job.title, exact: true }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/jobs/${job.slug}`);
      await expect(page.title()).resolves.toBe(`${job.title} at ${job.company.name} · HiredinAI`);
      // The company under the title, linking to its page.
      await expect(page.getByRole("article").getByRole("link", { name: job.company.name, exact: true }).first().isVisible()).resolves.toBe(
        true,
      );
      await expect(
        page
          .getByText(`${thousands(salary.min!, salary.currency)}–${thousands(salary.max!, salary.currency)} / year`, { exact: true })
          .isVisible(),
      ).resolves.toBe(true);
      for (const place of job.locations.filter((l) => l.slug !== "remote")) {
        const name = [place.city, place.region, place.country].filter(Boolean).join(", ");
        await expect(page.getByRole("link", { name, exact: true }).getAttribute("href")).resolves.toBe(`/jobs/city/${place.slug}`);
      }
      await expect(
        page
          .getByRole("link", { name: /^Apply for this job/ })
          .first()
          .isVisible(),
      ).resolves.toBe(true);

      const terms = page.getByRole("region", { name: "AI terms in this job" });
      const termNames = await terms.getByRole("link").allTextContents();
      expect(termNames.sort()).toEqual(job.glossaryTerms.map((t) => t.term).sort());
      await saveScreenshot(page, "job");

      const term = job.glossaryTerms[0]!;
      await terms.getByRole("link", { name: term.term, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: `What is ${term.term}?` }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/glossary/${term.slug}`);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the description links a glossary term where it first mentions it, and the link opens the term's page in the app", async () => {
    const found = (await newestJobs()).find((j) => j.glossaryTerms.length > 0);
    if (!found) throw new Error("The seed has no job on the first page that mentions a glossary term");
    const { page, pageErrors, close } = await browser.open(`/jobs/${found.slug}`);
    try {
      const description = page.locator(".prose").first();
      const links = description.locator("a.glossary-term");
      await links.first().waitFor();
      // Each term at most once, each pointing at a term the job lists.
      const hrefs = await links.evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(new Set(hrefs).size).toBe(hrefs.length);
      for (const href of hrefs) expect(found.glossaryTerms.map((t) => `/glossary/${t.slug}`)).toContain(href);
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await links.first().click();
      await page.waitForURL((url) => url.pathname === hrefs[0]);
      await page.getByRole("heading", { level: 1, name: /^What is / }).waitFor();
      // Opened by the app, not a reload.
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("views and apply clicks", () => {
  /** What the employer's dashboard will count for the job today. */
  const counts = async (slug: string) =>
    (
      await sql<{ views: number; clicks: number }>(
        `SELECT coalesce(sum(s.views), 0)::int AS views, coalesce(sum(s.apply_clicks), 0)::int AS clicks
         FROM jobs j LEFT JOIN job_daily_stats s ON s.job_id = j.id AND s.day = (now() AT TIME ZONE 'UTC')::date WHERE j.slug = $1`,
        [slug],
      )
    )[0]!;

  test("a visit to a job page counts one view, however often it is reloaded; Apply counts a click and opens the employer's page", async () => {
    const [job] = await sql<{ slug: string; apply_url: string }>(
      `SELECT slug, apply_url FROM jobs WHERE status = 'PUBLISHED' AND apply_url LIKE 'https://%' ORDER BY posted_at DESC LIMIT 1`,
    );
    if (!job) throw new Error("The seed has no published job with an https apply URL");
    const before = await counts(job.slug);
    const { page, pageErrors, close } = await browser.openAsPerson("/");
    try {
      // The employer's site (no internet here): answered by the browser itself.
      const employer = new URL(job.apply_url).origin;
      await page
        .context()
        .route(`${employer}/**`, (route) => route.fulfill({ contentType: "text/html", body: "<h1>Apply at Employer</h1>" }));
      const viewSent = () => page.waitForResponse((r) => r.url().includes("/job-views/") && r.status() === 204);
      for (const visit of [() => page.goto(webUrl(`/jobs/${job.slug}`)), () => page.reload()]) {
        const sent = viewSent();
        await visit();
        await sent;
        await page.getByRole("heading", { level: 1 }).waitFor();
        await expect(counts(job.slug)).resolves.toEqual({ views: before.views + 1, clicks: before.clicks });
      }

      const [popup] = await Promise.all([
        page.waitForEvent("popup"),
        page
          .getByRole("link", { name: /^Apply for this job/ })
          .first()
          .click(),
      ]);
      await popup.getByRole("heading", { name: "Apply at Employer" }).waitFor();
      expect(popup.url()).toBe(new URL(job.apply_url).href);
      await expect(counts(job.slug)).resolves.toEqual({ views: before.views + 1, clicks: before.clicks + 1 });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("city pages", () => {
  test("the footer's 'London' link opens the London page, listing only London jobs, as many as the API has", async () => {
    const filter = { locations: ["london"] };
    const [total, firstPage] = await Promise.all([jobTotal(filter), jobSlugs(filter, 20)]);
    expect(total).toBeGreaterThan(0);

    const { page, pageErrors, close } = await browser.open("/");
    try {
      await page.getByRole("navigation", { name: "AI Jobs by City" }).getByRole("link", { name: "London", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "AI jobs in London" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/jobs/city/london");
      await waitForCount(page, total);
      await expect(page.title()).resolves.toBe("AI jobs in London · HiredinAI");

      await expect(resultSlugs(page)).resolves.toEqual(firstPage);
      // Every job card says London.
      const cards = await results(page).getByRole("list", { name: "Job details" }).allTextContents();
      expect(cards).toHaveLength(firstPage.length);
      for (const card of cards) expect(card).toMatch(/London/);
      await saveScreenshot(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
