/** A glossary term's id and every name a text may use for it: the term itself and its aliases. */
export interface TermNames {
  id: number;
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regex for the whole glossary's names, and the term each name stands for. */
function compile(terms: readonly TermNames[]): { pattern: RegExp; idByName: Map<string, number> } {
  const idByName = new Map<string, number>();
  for (const { id, names } of terms) for (const name of names) idByName.set(name.toLowerCase(), id);
  const alternation = [...idByName.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escape)
    .join("|");
  return { pattern: new RegExp(`\\b(${alternation || "(?!)"})s?\\b`, "gi"), idByName };
}

/**
 * A finder of the terms a text mentions: whole words, any case, plural allowed, the longest name
 * winning where names overlap ("Vision Transformer" over "Transformer"). Building it compiles one
 * regex for the whole glossary: build it once per glossary, then match many texts.
 */
export function termMatcher(terms: readonly TermNames[]): (text: string) => number[] {
  const { pattern, idByName } = compile(terms);
  return (text) => {
    const found = new Set<number>();
    for (const match of text.matchAll(pattern)) {
      const id = idByName.get(match[1].toLowerCase());
      if (id !== undefined) found.add(id);
    }
    return [...found];
  };
}

/** Elements whose text is never linked: a link already, code, and headings. */
const UNLINKED = new Set(["a", "code", "pre", "h2", "h3", "h4", "h5", "h6"]);

/**
 * A linker of each term's first mention in sanitised HTML (markdownToSafeHtml's), as termMatcher finds
 * them: `<a href="…" class="glossary-term">` around the words as written. Text inside links, code and
 * headings is left alone. The HTML is the sanitiser's own, well formed, so its tags and text alternate plainly.
 */
export function termLinker(terms: readonly TermNames[], href: (id: number) => string): (html: string) => string {
  const { pattern, idByName } = compile(terms);
  return (html) => {
    const linked = new Set<number>();
    let unlinked = 0;
    return html.replace(/(<[^>]*>)|([^<]+)/g, (_whole, tag: string | undefined, text: string | undefined) => {
      if (tag) {
        const name = /^<(\/?)([a-z0-9]+)/i.exec(tag);
        if (name && UNLINKED.has(name[2].toLowerCase())) unlinked += name[1] ? -1 : 1;
        return tag;
      }
      if (unlinked > 0) return text!;
      return text!.replace(pattern, (words: string, found: string) => {
        const id = idByName.get(found.toLowerCase());
        if (id === undefined || linked.has(id)) return words;
        linked.add(id);
        return `<a href="${href(id)}" class="glossary-term">${words}</a>`;
      });
    });
  };
}
