/** A saved search's fields, as the site's search page reads them from its address. */
export interface SearchCriteria {
  query?: string | null;
  categories: string[];
  seniorities: string[];
  employmentTypes: string[];
  remote: string[];
  locations: string[];
  companies: string[];
  tags: string[];
  salaryMin?: number | null;
  salaryCurrency?: string | null;
}

const enumToUrl = (value: string) => value.toLowerCase().replace(/_/g, "-");

/** Each article section's path on the site (the footer's Resources links). */
export const ARTICLE_SECTION_PATHS: Readonly<Record<string, string>> = {
  BLOG: "/blog",
  CAREER_ADVICE: "/career-advice",
  SALARY_GUIDE: "/salary-guides",
  INDUSTRY_NEWS: "/industry-news",
};

/** The article section whose index is at `path` (`/blog` is BLOG), or undefined. */
export function articleSectionAt(path: string): string | undefined {
  return Object.entries(ARTICLE_SECTION_PATHS).find(([, p]) => p === path)?.[0];
}

/**
 * The search as the web app's query string (packages/web/src/features/jobs/utils/searchParams.ts):
 * `q`, comma-separated lists, enum values in lower case with hyphens.
 */
function searchParams(c: SearchCriteria, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (c.query) params.set("q", c.query);
  const lists: [string, string[]][] = [
    ["category", c.categories],
    ["seniority", c.seniorities.map(enumToUrl)],
    ["type", c.employmentTypes.map(enumToUrl)],
    ["remote", c.remote.map(enumToUrl)],
    ["location", c.locations],
    ["company", c.companies],
    ["tag", c.tags],
  ];
  for (const [key, values] of lists) if (values.length) params.set(key, values.join(","));
  if (c.salaryMin != null) {
    params.set("salary", String(c.salaryMin));
    params.set("currency", c.salaryCurrency ?? "USD");
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Absolute URLs of public pages on the web app, built from PUBLIC_WEB_URL, and of the few the API
 * itself answers (PUBLIC_API_URL).
 */
export class WebUrls {
  constructor(
    private readonly base: string,
    private readonly apiBase: string,
  ) {}

  /** The site's job search for these criteria; `extra` adds e.g. `days` or `sort`. */
  search(criteria: SearchCriteria, extra?: Record<string, string>): string {
    return `${this.base}/jobs${searchParams(criteria, extra)}`;
  }

  /** The alert form, filled in with this search ("create an alert like this"). */
  newAlert(criteria: SearchCriteria): string {
    return `${this.base}/alerts${searchParams(criteria)}`;
  }

  /** Where a mail client POSTs a one-click unsubscribe (RFC 8058); a GET there shows the site's unsubscribe page. */
  oneClickUnsubscribe(token: string): string {
    return `${this.apiBase}/alerts/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** A job's Apply button: the API counts the click, then redirects to the employer (app/counted-links.ts). */
  apply(jobGlobalId: string): string {
    return `${this.apiBase}/apply/${encodeURIComponent(jobGlobalId)}`;
  }

  /** A square of a company's uploaded logo, served by the API (app/company-logos.ts); the hash changes with the logo. */
  companyLogo(companySlug: string, size: number, hash: string): string {
    return `${this.apiBase}/logos/${encodeURIComponent(companySlug)}/${size}-${hash}.webp`;
  }

  /** A page of the site by its path (`/`, `/about`). */
  page(path: string): string {
    return `${this.base}${path}`;
  }

  /** The site's robots.txt and sitemaps, which the web server passes to the API (app/sitemaps.ts). */
  sitemap(name?: string): string {
    return name ? `${this.base}/sitemaps/${name}.xml` : `${this.base}/sitemap.xml`;
  }

  job(slug: string): string {
    return `${this.base}/jobs/${encodeURIComponent(slug)}`;
  }

  company(slug: string): string {
    return `${this.base}/companies/${encodeURIComponent(slug)}`;
  }

  category(slug: string): string {
    return `${this.base}/jobs/category/${encodeURIComponent(slug)}`;
  }

  location(slug: string): string {
    return `${this.base}/jobs/city/${encodeURIComponent(slug)}`;
  }

  /** A category's salary figures. */
  salaries(categorySlug: string): string {
    return `${this.base}/salaries/${encodeURIComponent(categorySlug)}`;
  }

  /** An article's page, under its section's path. */
  article(section: string, slug: string): string {
    return `${this.base}${ARTICLE_SECTION_PATHS[section]}/${encodeURIComponent(slug)}`;
  }

  /** An article section's index page. */
  articleSection(section: string): string {
    return `${this.base}${ARTICLE_SECTION_PATHS[section]}`;
  }

  /** A section's feed of its newest articles: `rss` (RSS 2.0) or `atom`. */
  articleFeed(section: string, format: "rss" | "atom"): string {
    return `${this.base}/feeds${ARTICLE_SECTION_PATHS[section]}.${format}`;
  }

  /** An author's page: who they are and what they wrote. */
  articleAuthor(slug: string): string {
    return `${this.base}/authors/${encodeURIComponent(slug)}`;
  }

  glossaryTerm(slug: string): string {
    return `${this.base}/glossary/${encodeURIComponent(slug)}`;
  }

  /** A link in an alert email: confirm, manage or unsubscribe, carrying its token. */
  alertAction(action: "confirm" | "manage" | "unsubscribe", token: string): string {
    return `${this.base}/alerts/${action}?token=${encodeURIComponent(token)}`;
  }

  /** A one-time link in an account email: verify an address, reset a password, confirm a new address. */
  accountAction(action: "verify-email" | "reset-password" | "confirm-email", token: string): string {
    return `${this.base}/account/${action}?token=${encodeURIComponent(token)}`;
  }

  /** The employer's dashboard (their postings, invoices and figures). */
  employerDashboard(): string {
    return `${this.base}/employer`;
  }

  /** An invoice's page on the employer's side (its PDF is the API's `/invoices/<number>.pdf`). */
  invoice(invoiceNumber: string): string {
    return `${this.base}/employer/invoices/${encodeURIComponent(invoiceNumber)}`;
  }

  /** A colleague's invitation to join their company (the employer's join page, carrying its token). */
  employerJoin(token: string): string {
    return `${this.base}/employer/join?token=${encodeURIComponent(token)}`;
  }

  signIn(): string {
    return `${this.base}/sign-in`;
  }
}
