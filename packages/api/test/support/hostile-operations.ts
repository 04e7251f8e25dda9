import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { Random } from "../../src/db/seed/random";

/** One generated request: what a hostile or careless client might send. */
export interface HostileRequest {
  query: string;
  variables?: unknown;
}

/** Strings that have broken servers: NUL, unpaired surrogates, huge, injection-shaped, odd Unicode. */
const NASTY_STRINGS = [
  "a\u0000b",
  "\uD800",
  "x\uDFFF",
  "'; DROP TABLE jobs; --",
  "%%%___\\\\",
  "🚀".repeat(300),
  "x".repeat(5_000),
  "",
  " ",
  "\u202Egnp.exe",
  "<script>alert(1)</script>",
  "generative-ai",
  "REMOTE",
];
const NASTY_NUMBERS = [0, -1, 1, 100, 101, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1.5, 1e300, -0];

/**
 * Generates operations from the schema, valid in shape but hostile in value: random fields and
 * arguments, wrong types, huge numbers, NUL bytes, deep nesting, many aliases, bad variables,
 * and now and then a document damaged character by character. Deterministic for a seed.
 */
export class HostileOperations {
  private readonly rng: Random;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.rng = new Random(seed);
  }

  next(): HostileRequest {
    const rng = this.rng;
    const mutation = rng.chance(0.1) && this.schema.getMutationType();
    const root = mutation || this.schema.getQueryType()!;
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    const ctx = { variables, definitions, aliases: 0 };
    const fields = Object.values(root.getFields());
    const count = rng.chance(0.15) ? rng.int(2, 25) : 1;
    const selections = Array.from({ length: count }, (_, i) =>
      this.field(rng.pick(fields), rng.int(1, 14), ctx, count > 1 ? `a${i}` : null),
    );
    const header = definitions.length ? `(${definitions.join(", ")})` : "";
    let query = `${mutation ? "mutation" : "query"} Fuzz${header} { ${selections.join(" ")} }`;
    if (rng.chance(0.05)) query = this.damage(query);
    const badVariables = rng.chance(0.05)
      ? rng.pick<unknown>([[], "x", 42, null, JSON.parse('{"__proto__": {"polluted": true}}')])
      : variables;
    return { query, variables: badVariables };
  }

  private field(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    ctx: { variables: Record<string, unknown>; definitions: string[]; aliases: number },
    alias: string | null,
  ): string {
    const rng = this.rng;
    const args = field.args
      .filter((a) => isNonNullType(a.type) || rng.chance(0.6))
      .map((a) => {
        if (rng.chance(0.5)) {
          const name = `v${ctx.definitions.length}`;
          // Sometimes declared with the wrong type, sometimes left out of the variables.
          const declared = rng.chance(0.1) ? rng.pick(["Int", "String!", "[String]", "JobFilter", "Boolean"]) : String(a.type);
          ctx.definitions.push(`$${name}: ${declared}`);
          if (!rng.chance(0.05)) ctx.variables[name] = this.value(a.type, 3);
          return `${a.name}: $${name}`;
        }
        return `${a.name}: ${this.literal(a.type, 3)}`;
      });
    const head = `${alias ? `${alias}: ` : ""}${field.name}${args.length ? `(${args.join(", ")})` : ""}`;
    const selection = this.selection(getNamedType(field.type), depth - 1, ctx);
    return selection ? `${head} ${selection}` : head;
  }

  private selection(
    type: GraphQLNamedType,
    depth: number,
    ctx: { variables: Record<string, unknown>; definitions: string[]; aliases: number },
  ): string {
    const rng = this.rng;
    if (isScalarType(type) || isEnumType(type)) return "";
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const pick = rng.pick(possible);
      return `{ __typename ... on ${pick.name} ${this.selection(pick, depth, ctx) || "{ __typename }"} }`;
    }
    if (!isObjectType(type)) return "";
    const fields = Object.values(type.getFields());
    const leaves = fields.filter(
      (f) => !isObjectType(getNamedType(f.type)) && !isInterfaceType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
    );
    const chosen = depth <= 0 ? [rng.pick(leaves.length ? leaves : fields)] : Array.from({ length: rng.int(1, 4) }, () => rng.pick(fields));
    const parts = chosen.map((f) => {
      const alias = rng.chance(0.1) ? `al${ctx.aliases++}` : null;
      return depth <= 0 ? `${alias ? `${alias}: ` : ""}${f.name}` : this.field(f, depth, ctx, alias);
    });
    // A leaf of an object type still needs a selection: fall back to __typename.
    return `{ ${parts.map((p, i) => (isObjectType(getNamedType(chosen[i].type)) && !p.includes("{") ? `${p} { __typename }` : p)).join(" ")} }`;
  }

  /** A variable's value for `type`: mostly plausible, often hostile. */
  private value(type: GraphQLInputType, depth: number): unknown {
    const rng = this.rng;
    if (rng.chance(0.1)) return rng.pick<unknown>([null, rng.pick(NASTY_STRINGS), rng.pick(NASTY_NUMBERS), [], {}, true]);
    const inner = getNullableType(type);
    if (isListType(inner)) return Array.from({ length: rng.chance(0.05) ? 500 : rng.int(0, 3) }, () => this.value(inner.ofType, depth - 1));
    if (isEnumType(inner)) return rng.chance(0.8) ? rng.pick(inner.getValues()).name : "NOT_A_VALUE";
    if (isInputObjectType(inner)) {
      if (depth <= 0) return {};
      const entries = Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) || rng.chance(0.4))
        .map((f) => [f.name, this.value(f.type, depth - 1)]);
      if (rng.chance(0.05)) entries.push(["unknownField", 1]);
      return Object.fromEntries(entries);
    }
    switch ((inner as GraphQLNamedType).name) {
      case "Int":
        return rng.chance(0.7) ? rng.int(-5, 120) : rng.pick(NASTY_NUMBERS);
      case "Float":
        return rng.pick(NASTY_NUMBERS);
      case "Boolean":
        return rng.chance(0.9) ? rng.chance(0.5) : "yes";
      case "DateTime":
        return rng.pick(["2026-01-01T00:00:00Z", "yesterday", "9999-99-99", "", "2026-13-45T25:61:61Z"]);
      default:
        return rng.pick(NASTY_STRINGS);
    }
  }

  /** The same as a literal in the document. */
  private literal(type: GraphQLInputType, depth: number): string {
    const rng = this.rng;
    const inner = getNullableType(type);
    if (isEnumType(inner) && rng.chance(0.8)) return rng.pick(inner.getValues()).name;
    if (isInputObjectType(inner) && depth > 0) {
      const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) || rng.chance(0.4));
      return `{ ${fields.map((f) => `${f.name}: ${this.literal(f.type, depth - 1)}`).join(", ")} }`;
    }
    if (isListType(inner)) return `[${Array.from({ length: rng.int(0, 3) }, () => this.literal(inner.ofType, depth - 1)).join(", ")}]`;
    const value = this.value(type, 0);
    if (typeof value === "string") return JSON.stringify(value).replace(/\\u(d[89ab][0-9a-f]{2})/gi, "\\u$1");
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "1e999";
    if (value === null || typeof value === "boolean") return String(value);
    return rng.pick(["[]", "{}", "1", '"x"']);
  }

  /** A document with a few characters deleted, duplicated or swapped for punctuation. */
  private damage(query: string): string {
    const rng = this.rng;
    let text = query;
    for (let i = rng.int(1, 4); i > 0; i--) {
      const at = rng.int(0, Math.max(0, text.length - 1));
      const op = rng.int(0, 2);
      text =
        op === 0
          ? text.slice(0, at) + text.slice(at + 1)
          : op === 1
            ? text.slice(0, at) + text[at] + text.slice(at)
            : text.slice(0, at) + rng.pick(["{", "}", "(", ")", "$", "@", "...", '"', "#"]) + text.slice(at + 1);
    }
    return text;
  }
}
