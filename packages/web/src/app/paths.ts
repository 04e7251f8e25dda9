/**
 * Every page's path, as react-router matches them: App.tsx renders a page for each, and anything else is
 * the not-found page. The web servers answer any other path with HTTP 404 (build/page-shell.ts for
 * vite preview; nginx.conf, whose list e2e/search-engines.e2e.test.ts holds to this one), so crawlers are told.
 * Plain TypeScript with no imports: the Vite config reads it too.
 */
export const ROUTE_PATHS = [
  "/",
  "/jobs",
  "/jobs/remote",
  "/jobs/entry-level",
  "/jobs/categories",
  "/jobs/category/:slug",
  "/jobs/city/:slug",
  "/jobs/:slug",
  "/companies",
  "/companies/:slug",
  "/glossary",
  "/glossary/:slug",
  "/salaries",
  "/salaries/:categorySlug",
  "/pricing",
  "/employer",
  "/employer/post",
  "/employer/invoices/:number",
  "/employer/join",
  "/admin/postings",
  "/admin/companies",
  "/admin/plans",
  "/admin/articles",
  "/admin/articles/new",
  "/admin/articles/:id",
  "/alerts",
  "/alerts/confirm",
  "/alerts/manage",
  "/alerts/unsubscribe",
  "/about",
  "/contact",
  "/privacy",
  "/terms",
  "/guidelines",
  "/dmca",
  "/cookies",
  "/sitemap",
  "/blog",
  "/blog/:slug",
  "/career-advice",
  "/career-advice/:slug",
  "/salary-guides",
  "/salary-guides/:slug",
  "/industry-news",
  "/industry-news/:slug",
  "/authors/:slug",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/account",
  "/account/verify-email",
  "/account/reset-password",
  "/account/confirm-email",
] as const;

export type RoutePath = (typeof ROUTE_PATHS)[number];

/** A path as a regular expression: a `:param` is one segment that isn't empty. */
function pathPattern(path: string): string {
  return path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z]+/g, "[^/]+");
}

/** Every page's path as one regular expression (nginx.conf carries the same text). */
export const KNOWN_PATHS_PATTERN = `^(?:${ROUTE_PATHS.map(pathPattern).join("|")})/?$`;

const KNOWN = new RegExp(KNOWN_PATHS_PATTERN);

/** Whether a page answers at this path (not whether what it shows exists: `/jobs/<any slug>` is known). */
export function isKnownPath(pathname: string): boolean {
  return KNOWN.test(pathname);
}
