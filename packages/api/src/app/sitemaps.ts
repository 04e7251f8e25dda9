import type express from "express";
import { SitemapIndexStream, SitemapStream, streamToPromise } from "sitemap";
import type { SitemapUrl } from "../features/sitemaps";
import type { Services } from "./services";
import { sendNotFound } from "./error-response";

/** A crawler may keep a sitemap an hour (a CDN too): jobs are posted by the hour, not by the second. */
const CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=3600";

/** Paths no crawler should index: people's accounts, employers' and admins' pages, one-time links. */
const DISALLOWED = ["/account", "/admin", "/employer", "/alerts/", "/sign-in", "/sign-up", "/forgot-password", "/dev/"];

/** robots.txt: everything public may be crawled, the private pages not, and where the sitemap is. */
export function robotsTxt(services: Pick<Services, "urls">): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...DISALLOWED.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${services.urls.sitemap()}`,
    "",
  ].join("\n");
}

async function xml(stream: SitemapStream | SitemapIndexStream, items: { url: string; lastmod?: string }[]): Promise<Buffer> {
  for (const item of items) stream.write(item);
  stream.end();
  return streamToPromise(stream);
}

const lastmod = (date: Date | null) => (date ? { lastmod: date.toISOString() } : {});

/**
 * What search engines read, on the site's own origin (the web server passes these paths to the API:
 * vite.config.ts in development and preview, nginx.conf in docker-compose):
 * - `GET /robots.txt`;
 * - `GET /sitemap.xml`: a sitemap index of the child sitemaps, each with the date its newest page changed;
 * - `GET /sitemaps/<name>.xml`: `jobs-N` (live jobs only), `companies-N`, `glossary`, `pages` (the static
 *   and landing pages); an unknown name is 404.
 * The XML is written by the `sitemap` library, which escapes and validates each URL.
 */
export function mountSitemaps(app: express.Express, services: Services): void {
  app.get("/robots.txt", (_req, res) => {
    res.type("text/plain").set("Cache-Control", CACHE_CONTROL).send(robotsTxt(services));
  });

  app.get("/sitemap.xml", async (_req, res) => {
    const files = await services.sitemaps.files();
    const body = await xml(
      new SitemapIndexStream(),
      files.map((file) => ({ url: services.urls.sitemap(file.name), ...lastmod(file.lastmod) })),
    );
    res.type("application/xml; charset=utf-8").set("Cache-Control", CACHE_CONTROL).send(body);
  });

  app.get("/sitemaps/:file", async (req, res) => {
    const name = /^([a-z0-9-]{1,40})\.xml$/.exec(req.params.file)?.[1];
    const urls: SitemapUrl[] | null = name ? await services.sitemaps.file(name) : null;
    if (!urls) {
      sendNotFound(res, "sitemap");
      return;
    }
    const body = await xml(
      new SitemapStream(),
      urls.map((entry) => ({ url: entry.url, ...lastmod(entry.lastmod) })),
    );
    res.type("application/xml; charset=utf-8").set("Cache-Control", CACHE_CONTROL).send(body);
  });
}
