import { useEffect, useState } from "react";

const SITE = "HiredinAI";
const DEFAULT_DESCRIPTION = "HiredinAI: curated jobs in AI engineering, research, data, product, design, marketing and sales.";

/**
 * Sets the document title ("<title> · HiredinAI") and the meta description while a page is shown;
 * `noindex` adds `<meta name="robots" content="noindex">` until the page goes (a personal page, or one an
 * emailed link opens).
 */
export function useDocumentMeta(
  title: string | null | undefined,
  description?: string | null,
  { noindex = false }: { noindex?: boolean } = {},
): void {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE}` : `${SITE} — AI jobs`;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement("meta");
      meta.name = "description";
      document.head.append(meta);
    }
    meta.content = description?.trim() || DEFAULT_DESCRIPTION;
  }, [title, description]);

  useNoindex(noindex);
}

/** While shown (and `enabled`), `<meta name="robots" content="noindex">`: a search engine must not index this page. */
export function useNoindex(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const robots = document.createElement("meta");
    robots.name = "robots";
    robots.content = "noindex";
    document.head.append(robots);
    return () => robots.remove();
  }, [enabled]);
}

/**
 * The head tags the web server filled in for the page first loaded (its canonical link, social cards and
 * JSON-LD, marked `data-page-head`: packages/api/src/app/page-heads.ts) describe that page only: they go
 * once the visitor moves to another. Title and description are kept up to date by useDocumentMeta.
 */
export function useServerHeadForFirstPage(pathname: string): void {
  const [first] = useState(pathname);
  useEffect(() => {
    if (pathname !== first) for (const tag of document.head.querySelectorAll("[data-page-head]")) tag.remove();
  }, [pathname, first]);
}
