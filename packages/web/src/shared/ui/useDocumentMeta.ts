import { useEffect } from "react";

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
