/** A slug: lower-case letters and digits in words joined by single hyphens, e.g. `large-language-model`. */
export const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from a name, at most `max` characters: "Retrieval-Augmented Generation (RAG)" → `retrieval-augmented-generation-rag`. */
export function slugFor(text: string, max = 100): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, max)
    .replace(/-+$/, "");
}
