/** A glossary term's id and every name a text may use for it: the term itself and its aliases. */
export interface TermNames {
  id: number;
  names: string[];
}

const compiled = new Map<string, { pattern: RegExp; idByName: Map<string, number> }>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Finds which terms a text mentions: whole words, any case, plural allowed, the longest name
 * winning where names overlap ("Vision Transformer" over "Transformer"). The regex is built once
 * per distinct glossary (a pure memo: same names, same regex), so a request only pays for matching.
 */
export function termsMentioned(terms: TermNames[], text: string): number[] {
  const key = JSON.stringify(terms);
  let matcher = compiled.get(key);
  if (!matcher) {
    const idByName = new Map<string, number>();
    for (const { id, names } of terms) for (const name of names) idByName.set(name.toLowerCase(), id);
    const alternation = [...idByName.keys()]
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map(escape)
      .join("|");
    matcher = { pattern: new RegExp(`\\b(${alternation || "(?!)"})s?\\b`, "gi"), idByName };
    if (compiled.size > 20) compiled.clear();
    compiled.set(key, matcher);
  }
  const found = new Set<number>();
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.idByName.get(match[1].toLowerCase());
    if (id !== undefined) found.add(id);
  }
  return [...found];
}
