/** A glossary term's id and every name a text may use for it: the term itself and its aliases. */
export interface TermNames {
  id: number;
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A finder of the terms a text mentions: whole words, any case, plural allowed, the longest name
 * winning where names overlap ("Vision Transformer" over "Transformer"). Building it compiles one
 * regex for the whole glossary: build it once per glossary, then match many texts.
 */
export function termMatcher(terms: readonly TermNames[]): (text: string) => number[] {
  const idByName = new Map<string, number>();
  for (const { id, names } of terms) for (const name of names) idByName.set(name.toLowerCase(), id);
  const alternation = [...idByName.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escape)
    .join("|");
  const pattern = new RegExp(`\\b(${alternation || "(?!)"})s?\\b`, "gi");
  return (text) => {
    const found = new Set<number>();
    for (const match of text.matchAll(pattern)) {
      const id = idByName.get(match[1].toLowerCase());
      if (id !== undefined) found.add(id);
    }
    return [...found];
  };
}
