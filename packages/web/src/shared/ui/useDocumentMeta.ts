import { useEffect } from "react";

const SITE = "HiredinAI";
const DEFAULT_DESCRIPTION = "HiredinAI: curated jobs in AI engineering, research, data, product, design, marketing and sales.";

/** Sets the document title ("<title> · HiredinAI") and the meta description while a page is shown. */
export function useDocumentMeta(title: string | null | undefined, description?: string | null): void {
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
}
