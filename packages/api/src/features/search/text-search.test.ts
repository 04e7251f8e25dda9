import { parseTsquery, parseTsvector, positionOf, UnsupportedQuery, weightOf, WEIGHT } from "./text-search";

describe("parseTsvector", () => {
  test("reads lexemes with their positions and weights, as Postgres prints a tsvector", () => {
    const vector = parseTsvector(`'engin':2A,9C 'learn':5B 'machin':4B,12 'it''s':7C`);
    expect([...vector.keys()]).toEqual(["engin", "learn", "machin", "it's"]);
    expect(vector.get("engin")!.map((p) => [positionOf(p), weightOf(p)])).toEqual([
      [2, WEIGHT.A],
      [9, WEIGHT.C],
    ]);
    expect(vector.get("machin")!.map((p) => [positionOf(p), weightOf(p)])).toEqual([
      [4, WEIGHT.B],
      [12, WEIGHT.D],
    ]);
  });

  test("reads an empty vector and lexemes without positions", () => {
    expect(parseTsvector("").size).toBe(0);
    expect(parseTsvector(`'solo'`).get("solo")).toEqual([]);
  });
});

describe("parseTsquery", () => {
  test("reads what websearch_to_tsquery writes, with Postgres's precedence", () => {
    expect(parseTsquery(`'machin' <-> 'learn' & !'senior' | 'ml'`)).toEqual({
      op: "or",
      left: {
        op: "and",
        left: { op: "phrase", distance: 1, left: { op: "lexeme", lexeme: "machin" }, right: { op: "lexeme", lexeme: "learn" } },
        right: { op: "not", arg: { op: "lexeme", lexeme: "senior" } },
      },
      right: { op: "lexeme", lexeme: "ml" },
    });
    expect(parseTsquery(`'head' <2> 'data'`)).toEqual({
      op: "phrase",
      distance: 2,
      left: { op: "lexeme", lexeme: "head" },
      right: { op: "lexeme", lexeme: "data" },
    });
    expect(parseTsquery(`!( 'a' | 'b' )`)).toEqual({
      op: "not",
      arg: { op: "or", left: { op: "lexeme", lexeme: "a" }, right: { op: "lexeme", lexeme: "b" } },
    });
  });

  test("is null for the empty query (only stop words) and refuses what the index does not evaluate", () => {
    expect(parseTsquery("")).toBeNull();
    expect(() => parseTsquery(`'pyt':*`)).toThrow(UnsupportedQuery);
    expect(() => parseTsquery(`'a' &`)).toThrow(UnsupportedQuery);
  });
});
