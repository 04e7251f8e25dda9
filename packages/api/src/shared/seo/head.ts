/** The site's name, as every page's title ends ("Senior ML Engineer at Acme · HiredinAI") and social cards say. */
export const SITE_NAME = "HiredinAI";

/** What a page tells search engines and social sites before any JavaScript runs. */
export interface PageHead {
  /** The page's own title, without the site's name; null for the site's default. */
  title: string | null;
  description: string;
  /** The page's one address (no query string, no trailing slash). */
  canonical: string;
  /** A picture for the social card (a company's logo); none: the card has none. */
  image?: string | null;
  /** `noindex`: a page that found nothing, or a private one. */
  noindex?: boolean;
  /** Other forms of the page, such as a section's RSS and Atom feeds. */
  alternates?: { type: string; title: string; href: string }[];
  /** schema.org objects, each its own `<script type="application/ld+json">`. */
  structuredData?: Record<string, unknown>[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** JSON inside a script element: `<` is escaped, so no text in it can close the element. */
const scriptJson = (data: unknown) =>
  JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

/** The page's full title, as the browser's tab shows it (the web app's useDocumentMeta writes the same). */
export function fullTitle(title: string | null): string {
  return title ? `${title} · ${SITE_NAME}` : `${SITE_NAME} — AI jobs`;
}

/**
 * The head's tags for a page: title, description, canonical link, Open Graph and Twitter card, robots
 * and structured data. Every tag the web app may later replace is marked `data-page-head`: the app
 * removes them when the visitor moves to another page, since they describe this one.
 */
export function renderHead(head: PageHead): string {
  const title = fullTitle(head.title);
  const meta = (attr: "name" | "property", key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" data-page-head />`;
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(head.canonical)}" data-page-head />`,
    meta("property", "og:site_name", SITE_NAME),
    meta("property", "og:type", "website"),
    meta("property", "og:title", head.title ?? title),
    meta("property", "og:description", head.description),
    meta("property", "og:url", head.canonical),
    ...(head.image ? [meta("property", "og:image", head.image)] : []),
    meta("name", "twitter:card", "summary"),
    meta("name", "twitter:title", head.title ?? title),
    meta("name", "twitter:description", head.description),
    ...(head.image ? [meta("name", "twitter:image", head.image)] : []),
    ...(head.noindex ? [meta("name", "robots", "noindex")] : []),
    ...(head.alternates ?? []).map(
      (a) =>
        `<link rel="alternate" type="${escapeHtml(a.type)}" title="${escapeHtml(a.title)}" href="${escapeHtml(a.href)}" data-page-head />`,
    ),
    ...(head.structuredData ?? []).map((data) => `<script type="application/ld+json" data-page-head>${scriptJson(data)}</script>`),
  ];
  return tags.join("\n    ");
}
