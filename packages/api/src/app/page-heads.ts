import type express from "express";
import { companyLogoUrl } from "../features/companies";
import { isLiveJob } from "../features/jobs";
import { sectionFeeds } from "./feeds";
import { renderHead, type PageHead } from "../shared/seo/head";
import { STATIC_PAGES } from "../shared/seo/static-pages";
import { articleData, definedTerm, jobPosting } from "../shared/seo/structured-data";
import { formatSalaryRange } from "../shared/money/salary-text";
import { markdownToSafeHtml } from "../shared/text/markdown";
import { ARTICLE_SECTION_PATHS } from "../shared/web-urls";
import type { Services } from "./services";

/** What a page says when it has nothing more particular to say (index.html's own description). */
export const DEFAULT_DESCRIPTION = "HiredinAI: curated jobs in AI engineering, research, data, product, design, marketing and sales.";

/** A head may be kept a minute by a CDN: it changes when a job or a term does, not by the second. */
const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/** Markdown as one line of plain text, cut at a word near `max` characters (a meta description's length). */
export function snippet(markdown: string, max = 160): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*`~]+/g, "")
    .replace(/[#>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** Each public page with data of its own, and how its head is made; any other path gets the site's head. */
type HeadMaker = (services: Services, slug: string, canonical: string) => Promise<PageHead | null>;

const notFound = (title: string, canonical: string): PageHead => ({ title, description: DEFAULT_DESCRIPTION, canonical, noindex: true });

const PAGES: [RegExp, HeadMaker][] = [
  [
    /^\/jobs\/category\/([^/]+)$/,
    async (services, slug, canonical) => {
      const category = await services.categories.bySlug(slug);
      if (!category) return notFound("Category not found", canonical);
      return { title: `${category.name} jobs`, description: category.description ?? DEFAULT_DESCRIPTION, canonical };
    },
  ],
  [
    /^\/jobs\/city\/([^/]+)$/,
    async (services, slug, canonical) => {
      const location = await services.locations.bySlug(slug);
      if (!location) return notFound("City not found", canonical);
      const place = [location.city, location.region, location.country].filter(Boolean).join(", ");
      return {
        title: `AI jobs in ${location.city}`,
        description: `AI jobs in ${place}: engineering, research, data, product and more.`,
        canonical,
      };
    },
  ],
  [
    /^\/jobs\/([^/]+)$/,
    async (services, slug, canonical) => {
      const job = await services.jobs.bySlug(slug, { company: true, locations: true }, { ended: true });
      if (!job?.company) return notFound("This job is no longer available", canonical);
      const company = job.company;
      // An ended job keeps its page, which says so and offers similar live jobs; crawlers are told to drop it.
      if (!isLiveJob(job)) {
        return {
          title: `${job.title} at ${company.name}: no longer open`,
          description: `This ${job.title} job at ${company.name} is no longer open for applications. See similar AI jobs on HiredinAI.`,
          canonical,
          noindex: true,
        };
      }
      const salary = formatSalaryRange(job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryPeriod);
      const locations = job.locations ?? [];
      const where = locations.map((l) => l.city).join(", ");
      const logo = companyLogoUrl(services.urls, company, 256);
      return {
        // What a shared link's card shows: the title, the company, and the pay.
        title: `${job.title} at ${company.name}`,
        description: [salary, where, snippet(job.description, 120)].filter(Boolean).join(" · "),
        canonical,
        image: logo,
        structuredData: [
          jobPosting({
            slug: job.slug,
            url: canonical,
            title: job.title,
            descriptionHtml: markdownToSafeHtml(job.description),
            employmentType: job.employmentType,
            remote: job.remote,
            postedAt: job.postedAt,
            validThrough: job.validThrough,
            salary:
              salary && job.salaryCurrency && job.salaryPeriod
                ? { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod }
                : null,
            company: { name: company.name, website: company.website, logoUrl: logo, url: services.urls.company(company.slug) },
            locations,
          }),
        ],
      };
    },
  ],
  [
    // An article under any section's path: its head names the article's own address.
    new RegExp(`^(?:${Object.values(ARTICLE_SECTION_PATHS).join("|")})/([^/]+)$`),
    async (services, slug, canonical) => {
      const article = await services.articles.bySlug(slug);
      if (!article) return notFound("Article not found", canonical);
      const [author] = await services.articles.authorsByIds([article.authorId]);
      const url = services.urls.article(article.section, article.slug);
      return {
        title: article.title,
        description: article.summary,
        canonical: url,
        image: article.coverImageUrl,
        structuredData: [
          articleData({
            url,
            title: article.title,
            summary: article.summary,
            publishedAt: article.publishedAt,
            updatedAt: article.updatedAt,
            image: article.coverImageUrl,
            author: { name: author!.name, url: services.urls.articleAuthor(author!.slug) },
            siteUrl: services.urls.page("/"),
          }),
        ],
      };
    },
  ],
  [
    /^\/authors\/([^/]+)$/,
    async (services, slug, canonical) => {
      const author = await services.articles.authorBySlug(slug);
      if (!author) return notFound("Author not found", canonical);
      return { title: author.name, description: author.bio, canonical };
    },
  ],
  [
    /^\/companies\/([^/]+)$/,
    async (services, slug, canonical) => {
      const company = await services.companies.bySlug(slug);
      if (!company) return notFound("Company not found", canonical);
      return {
        title: `${company.name}: AI jobs and company profile`,
        description: company.description ? snippet(company.description) : `${company.name}'s open AI jobs and company profile.`,
        canonical,
        image: companyLogoUrl(services.urls, company, 256),
      };
    },
  ],
  [
    /^\/glossary\/([^/]+)$/,
    async (services, slug, canonical) => {
      const page = await services.glossary.page(slug, { faqs: true, relatedTerms: false, relatedCategory: false, categoryJobs: null });
      if (!page) return notFound("Term not found", canonical);
      const { term } = page;
      return {
        title: `What is ${term.term}?`,
        description: term.shortDefinition,
        canonical,
        structuredData: definedTerm({
          term: term.term,
          shortDefinition: term.shortDefinition,
          url: canonical,
          glossaryUrl: services.urls.page("/glossary"),
          faqs: page.faqs ?? [],
        }),
      };
    },
  ],
  [
    /^\/salaries\/([^/]+)$/,
    async (services, slug, canonical) => {
      const category = await services.categories.bySlug(slug);
      if (!category) return notFound("Category not found", canonical);
      return {
        title: `${category.name} salaries`,
        description: `What ${category.name} jobs pay, from the salary ranges posted on HiredinAI.`,
        canonical,
      };
    },
  ],
];

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The head of the page at `path` (as requested, percent-encoded; no query string). */
export async function pageHead(services: Services, path: string): Promise<PageHead> {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const canonical = services.urls.page(trimmed);
  const known = STATIC_PAGES[trimmed];
  if (known) return { ...known, canonical, alternates: sectionFeeds(services, trimmed) };
  for (const [pattern, make] of PAGES) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const slug = safeDecode(match[1]);
    const head = slug === null ? notFound("Page not found", canonical) : await make(services, slug, canonical);
    if (head) return head;
    break;
  }
  return { title: null, description: DEFAULT_DESCRIPTION, canonical };
}

/**
 * `GET /page-head/<page path>`: the head tags of that page of the site (title, description, canonical,
 * Open Graph and Twitter card, robots, JSON-LD), as HTML, for the web server to put into the app's shell
 * before any JavaScript runs (the `<!--# include virtual="/page-head…" -->` in packages/web/index.html:
 * nginx's SSI in docker-compose, build/page-shell.ts in vite's dev and preview servers).
 */
export function mountPageHeads(app: express.Express, services: Services): void {
  app.use("/page-head", async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const head = await pageHead(services, req.path.slice(0, 500));
    res.type("text/html; charset=utf-8").set("Cache-Control", CACHE_CONTROL).send(renderHead(head));
  });
}
