/**
 * Postgres's own text-search values, read in the API: a `tsvector` (the lexemes of a job, with
 * positions and weights, exactly as the jobs trigger built them) and a `tsquery` (what
 * `websearch_to_tsquery('english', …)` made of the words typed). Postgres stems and drops stop
 * words; the index only ever sees its lexemes, so it matches what `@@` would.
 */

/** A lexeme's positions in one document; a position's weight (A title, B company and tags, C description) in its top two bits. */
export type Positions = number[];

/** tsvector weights as Postgres prints them; D is the default and printed as nothing. */
export const WEIGHT = { A: 3, B: 2, C: 1, D: 0 } as const;

const POSITION_BITS = 14;
const POSITION_MASK = (1 << POSITION_BITS) - 1;

export const positionOf = (packed: number): number => packed & POSITION_MASK;
export const weightOf = (packed: number): number => packed >> POSITION_BITS;

/** Reads a quoted lexeme starting at `text[i]` (a quote): its value and the index after it. */
function quoted(text: string, i: number): [string, number] {
  let value = "";
  for (let j = i + 1; j < text.length; j++) {
    const ch = text[j];
    if (ch === "\\") {
      value += text[++j];
    } else if (ch === "'") {
      if (text[j + 1] === "'") {
        value += "'";
        j++;
      } else {
        return [value, j + 1];
      }
    } else {
      value += ch;
    }
  }
  throw new Error(`Unterminated lexeme in ${JSON.stringify(text)}`);
}

/** A tsvector's text (`'engin':3A,9C 'learn':5B`) as lexeme → packed positions. */
export function parseTsvector(text: string): Map<string, Positions> {
  const lexemes = new Map<string, Positions>();
  let i = 0;
  while (i < text.length) {
    if (text[i] === " ") {
      i++;
      continue;
    }
    const [lexeme, next] = quoted(text, i);
    i = next;
    const positions: Positions = [];
    if (text[i] === ":") {
      i++;
      while (i < text.length && text[i] !== " ") {
        let n = 0;
        while (i < text.length && text[i] >= "0" && text[i] <= "9") n = n * 10 + (text.charCodeAt(i++) - 48);
        const letter = text[i];
        const weight = letter === "A" || letter === "B" || letter === "C" || letter === "D" ? WEIGHT[letter] : 0;
        if (weight || letter === "D") i++;
        positions.push((weight << POSITION_BITS) | (n & POSITION_MASK));
        if (text[i] === ",") i++;
      }
    }
    lexemes.set(lexeme, positions);
  }
  return lexemes;
}

/** A parsed tsquery. `phrase` is `a <distance> b`: b exactly `distance` positions after a. */
export type Query =
  | { op: "lexeme"; lexeme: string }
  | { op: "not"; arg: Query }
  | { op: "and" | "or"; left: Query; right: Query }
  | { op: "phrase"; left: Query; right: Query; distance: number };

/** A query the index does not evaluate (prefix or weight-restricted lexemes, which websearch_to_tsquery never writes). */
export class UnsupportedQuery extends Error {}

/** A tsquery's text (`'machin' <-> 'learn' & !'senior'`) as a tree; null for the empty query (only stop words). */
export function parseTsquery(text: string): Query | null {
  type Token =
    { kind: "lexeme"; value: string } | { kind: "op"; value: "&" | "|" | "!" | "(" | ")" } | { kind: "phrase"; distance: number };
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (ch === " ") {
      i++;
    } else if (ch === "'") {
      const [value, next] = quoted(text, i);
      i = next;
      if (text[i] === ":") throw new UnsupportedQuery(`prefix or weight restriction in ${JSON.stringify(text)}`);
      tokens.push({ kind: "lexeme", value });
    } else if (ch === "<") {
      const end = text.indexOf(">", i);
      const inner = text.slice(i + 1, end);
      tokens.push({ kind: "phrase", distance: inner === "-" ? 1 : Number(inner) });
      i = end + 1;
    } else if (ch === "&" || ch === "|" || ch === "!" || ch === "(" || ch === ")") {
      tokens.push({ kind: "op", value: ch });
      i++;
    } else {
      throw new UnsupportedQuery(`unexpected ${JSON.stringify(ch)} in ${JSON.stringify(text)}`);
    }
  }
  if (tokens.length === 0) return null;

  let at = 0;
  const peek = () => tokens[at];
  const isOp = (value: string) => peek()?.kind === "op" && (peek() as { value: string }).value === value;
  // Precedence, loosest first: | then & then <N> then !.
  const orExpr = (): Query => {
    let left = andExpr();
    while (isOp("|")) {
      at++;
      left = { op: "or", left, right: andExpr() };
    }
    return left;
  };
  const andExpr = (): Query => {
    let left = phraseExpr();
    while (isOp("&")) {
      at++;
      left = { op: "and", left, right: phraseExpr() };
    }
    return left;
  };
  const phraseExpr = (): Query => {
    let left = unary();
    while (peek()?.kind === "phrase") {
      const { distance } = tokens[at++] as { distance: number };
      left = { op: "phrase", left, right: unary(), distance };
    }
    return left;
  };
  const unary = (): Query => {
    const token = tokens[at++];
    if (!token) throw new UnsupportedQuery(`incomplete query ${JSON.stringify(text)}`);
    if (token.kind === "lexeme") return { op: "lexeme", lexeme: token.value };
    if (token.kind === "op" && token.value === "!") return { op: "not", arg: unary() };
    if (token.kind === "op" && token.value === "(") {
      const inner = orExpr();
      if (!isOp(")")) throw new UnsupportedQuery(`unbalanced parentheses in ${JSON.stringify(text)}`);
      at++;
      return inner;
    }
    throw new UnsupportedQuery(`unexpected operator in ${JSON.stringify(text)}`);
  };
  const query = orExpr();
  if (at !== tokens.length) throw new UnsupportedQuery(`trailing tokens in ${JSON.stringify(text)}`);
  return query;
}
