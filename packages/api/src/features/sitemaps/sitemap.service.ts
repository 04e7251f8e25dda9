import type { DataSource } from "typeorm";
import { query, sql, type SQL } from "../../shared/db/sql";
import { STATIC_PAGES } from "../../shared/seo/static-pages";
import type { WebUrls } from "../../shared/web-urls";
import { PUBLISHED_ARTICLE } from "../articles";
import { LIVE_JOB } from "../jobs";

/**
 * URLs per child sitemap. The protocol allows 50,000; 10,000 keeps each file small (about 1.5 MB)
 * and quick to build, and the index lists as many as there are.
 */
export const URLS_PER_SITEMAP = 10_000;

/** One `<url>` of a sitemap: a page and when what it shows last changed (null: not known). */
export interface SitemapUrl {
  url: string;
  lastmod: Date | null;
}

/** A child sitemap (its name in `/sitemaps/<name>.xml`) and when the newest of its pages changed. */
export interface SitemapFile {
  name: string;
  lastmod: Date | null;
}

/** The kinds of child sitemap whose pages come in numbered files (`jobs-1`, `jobs-2`...). */
type Paged = "jobs" | "companies";

/** Each paged kind's rows, in the order the files cut them: a page's slug and when it last changed. */
const PAGED: Record<Paged, SQL> = {
  // Only live jobs: an expired or closed job's page says so, and is not offered to crawlers.
  jobs: sql`SELECT j.id, j.slug, j.updated_at AS lastmod FROM jobs j WHERE ${LIVE_JOB}`,
  companies: sql`SELECT c.id, c.slug, c.updated_at AS lastmod FROM companies c`,
};

const PAGED_NAME = /^(jobs|companies)-([1-9]\d{0,5})$/;

/**
 * What `/sitemap.xml` and its children list (app/sitemaps.ts writes the XML): every public page a
 * crawler should know, each with the date its data last changed. Each file is one statement.
 */
export class SitemapService {
  constructor(
    private readonly ds: DataSource,
    private readonly urls: WebUrls,
  ) {}

  /**
   * The child sitemaps, with the newest change in each: `jobs-N` and `companies-N` per URLS_PER_SITEMAP,
   * glossary, articles and pages. A kind with nothing to list has no file.
   */
  async files(): Promise<SitemapFile[]> {
    const chunks = (kind: Paged) =>
      sql`SELECT ${sql.value(kind)}::text AS kind, chunk, max(lastmod) AS lastmod
          FROM (SELECT (row_number() OVER (ORDER BY id) - 1) / ${sql.literal(URLS_PER_SITEMAP)} AS chunk, lastmod FROM (${PAGED[kind]}) rows) numbered
          GROUP BY chunk`;
    const rows = await query<{ kind: string; chunk: number | null; lastmod: Date | null }>(
      this.ds,
      sql`${chunks("jobs")}
          UNION ALL ${chunks("companies")}
          UNION ALL SELECT 'glossary', NULL, max(updated_at) FROM glossary_terms HAVING count(*) > 0
          UNION ALL SELECT 'articles', NULL, max(a.updated_at) FROM articles a WHERE ${PUBLISHED_ARTICLE} HAVING count(*) > 0
          UNION ALL SELECT 'pages', NULL, (SELECT max(j.updated_at) FROM jobs j WHERE ${LIVE_JOB})
          ORDER BY 1, 2`,
    );
    return rows.map((row) => ({ name: row.chunk == null ? row.kind : `${row.kind}-${Number(row.chunk) + 1}`, lastmod: row.lastmod }));
  }

  /** A child sitemap's pages by its name; null for a name there is no such file for (a 404). */
  async file(name: string): Promise<SitemapUrl[] | null> {
    if (name === "glossary") return this.glossary();
    if (name === "articles") return this.articles();
    if (name === "pages") return this.pages();
    const paged = PAGED_NAME.exec(name);
    if (!paged) return null;
    const kind = paged[1] as Paged;
    const rows = await query<{ slug: string; lastmod: Date }>(
      this.ds,
      sql`SELECT slug, lastmod FROM (${PAGED[kind]}) rows ORDER BY id
          OFFSET ${sql.value((Number(paged[2]) - 1) * URLS_PER_SITEMAP)} LIMIT ${sql.literal(URLS_PER_SITEMAP)}`,
    );
    // A file with no pages is not in the index (no live jobs: no jobs-1), and not served either.
    if (rows.length === 0) return null;
    const url = kind === "jobs" ? (slug: string) => this.urls.job(slug) : (slug: string) => this.urls.company(slug);
    return rows.map((row) => ({ url: url(row.slug), lastmod: row.lastmod }));
  }

  private async glossary(): Promise<SitemapUrl[] | null> {
    const rows = await query<{ slug: string; lastmod: Date }>(
      this.ds,
      sql`SELECT slug, updated_at AS lastmod FROM glossary_terms ORDER BY slug`,
    );
    return rows.length ? rows.map((row) => ({ url: this.urls.glossaryTerm(row.slug), lastmod: row.lastmod })) : null;
  }

  /** Published articles, and the pages of the authors who wrote them. */
  private async articles(): Promise<SitemapUrl[] | null> {
    const rows = await query<{ kind: string; section: string | null; slug: string; lastmod: Date }>(
      this.ds,
      sql`SELECT 'article' AS kind, a.section::text AS section, a.slug, a.updated_at AS lastmod FROM articles a WHERE ${PUBLISHED_ARTICLE}
          UNION ALL
          SELECT 'author', NULL, au.slug, max(a.updated_at) FROM article_authors au JOIN articles a ON a.author_id = au.id AND ${PUBLISHED_ARTICLE}
          GROUP BY au.slug
          ORDER BY 1, 3`,
    );
    if (!rows.length) return null;
    return rows.map((row) => ({
      url: row.kind === "article" ? this.urls.article(row.section!, row.slug) : this.urls.articleAuthor(row.slug),
      lastmod: row.lastmod,
    }));
  }

  /**
   * The static pages and the landing pages: each category's jobs and salaries, each city with live jobs.
   * A landing page changed when its newest live job did.
   */
  private async pages(): Promise<SitemapUrl[]> {
    const rows = await query<{ kind: string; slug: string | null; lastmod: Date | null }>(
      this.ds,
      sql`SELECT 'site' AS kind, NULL AS slug, max(j.updated_at) AS lastmod FROM jobs j WHERE ${LIVE_JOB}
          UNION ALL
          SELECT 'category', c.slug, max(j.updated_at) FROM job_categories c
            LEFT JOIN jobs j ON j.category_id = c.id AND ${LIVE_JOB} GROUP BY c.slug
          UNION ALL
          SELECT 'city', l.slug, max(j.updated_at) FROM locations l
            JOIN job_locations jl ON jl.location_id = l.id JOIN jobs j ON j.id = jl.job_id AND ${LIVE_JOB} GROUP BY l.slug
          ORDER BY 1, 2`,
    );
    const site = rows.find((row) => row.kind === "site")?.lastmod ?? null;
    // The home page and the job search change with every job.
    const changesWithJobs = new Set(["/", "/jobs"]);
    const urls: SitemapUrl[] = Object.keys(STATIC_PAGES).map((path) => ({
      url: this.urls.page(path),
      lastmod: changesWithJobs.has(path) ? site : null,
    }));
    for (const row of rows) {
      if (row.kind === "category") {
        urls.push({ url: this.urls.category(row.slug!), lastmod: row.lastmod });
        urls.push({ url: this.urls.salaries(row.slug!), lastmod: row.lastmod });
      } else if (row.kind === "city") {
        urls.push({ url: this.urls.location(row.slug!), lastmod: row.lastmod });
      }
    }
    return urls;
  }
}
