import type express from "express";
import { Feed } from "feed";
import type { ArticleSection } from "../features/articles";
import { STATIC_PAGES } from "../shared/seo/static-pages";
import { articleSectionAt } from "../shared/web-urls";
import type { Services } from "./services";
import { sendNotFound } from "./error-response";

/** Articles a feed carries: the newest, as feed readers expect. */
export const FEED_SIZE = 20;

/** Feeds change when an article is published: a reader (or a CDN) may keep one for half an hour. */
const CACHE_CONTROL = "public, max-age=1800, stale-while-revalidate=1800";

const TYPES = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" } as const;

/** A section's two feeds, as the head of its page announces them. */
export function sectionFeeds(services: Pick<Services, "urls">, path: string): { type: string; title: string; href: string }[] {
  const section = articleSectionAt(path);
  if (!section) return [];
  const title = `HiredinAI ${STATIC_PAGES[path]?.title ?? ""}`.trim();
  return [
    { type: "application/rss+xml", title: `${title} (RSS)`, href: services.urls.articleFeed(section, "rss") },
    { type: "application/atom+xml", title: `${title} (Atom)`, href: services.urls.articleFeed(section, "atom") },
  ];
}

/**
 * `GET /feeds/<section>.rss` and `.atom` (blog, career-advice, salary-guides, industry-news): a section's
 * newest published articles as RSS 2.0 or Atom, written by the `feed` library; anything else is 404. On the
 * site's own origin: vite and nginx pass `/feeds/` to the API.
 */
export function mountFeeds(app: express.Express, services: Services): void {
  app.get("/feeds/:file", async (req, res) => {
    const match = /^([a-z-]{1,30})\.(rss|atom)$/.exec(req.params.file);
    const section = match ? articleSectionAt(`/${match[1]}`) : undefined;
    if (!match || !section) {
      sendNotFound(res, "feed");
      return;
    }
    const format = match[2] as "rss" | "atom";
    const page = STATIC_PAGES[`/${match[1]}`];
    const { edges } = await services.articles.connection({ section: section as ArticleSection }, { first: FEED_SIZE });
    const articles = edges.map((e) => e.node);
    const found = await services.articles.authorsByIds([...new Set(articles.map((a) => a.authorId))]);
    const authors = new Map(found.filter((a) => a !== null).map((a) => [a.id, a]));
    const home = services.urls.articleSection(section);
    const feed = new Feed({
      title: `HiredinAI: ${page?.title ?? section}`,
      description: page?.description,
      id: home,
      link: home,
      language: "en",
      copyright: `© ${new Date().getUTCFullYear()} HiredinAI`,
      updated: articles.reduce<Date | undefined>((latest, a) => (!latest || a.updatedAt > latest ? a.updatedAt : latest), undefined),
      feedLinks: { rss: services.urls.articleFeed(section, "rss"), atom: services.urls.articleFeed(section, "atom") },
    });
    for (const article of articles) {
      const url = services.urls.article(article.section, article.slug);
      const author = authors.get(article.authorId);
      feed.addItem({
        title: article.title,
        id: url,
        link: url,
        description: article.summary,
        date: article.updatedAt,
        published: article.publishedAt ?? undefined,
        author: author ? [{ name: author.name, link: services.urls.articleAuthor(author.slug) }] : undefined,
        category: article.tags.map((name) => ({ name })),
      });
    }
    res
      .type(TYPES[format])
      .set("Cache-Control", CACHE_CONTROL)
      .send(format === "rss" ? feed.rss2() : feed.atom1());
  });
}
