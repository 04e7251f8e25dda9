// What the sitemaps feature offers the app (app/sitemaps.ts serves it).
export { SitemapService, URLS_PER_SITEMAP, type SitemapFile, type SitemapUrl } from "./sitemap.service";
