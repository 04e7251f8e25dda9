import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { ErrorCode } from "../shared/errors/app-error";

/**
 * What one document may hold, checked before anything executes (README, "Limits"). The SPA's and
 * the partner contract's operations stay well inside them (test/document-limits.int.test.ts).
 */
export const DOCUMENT_LIMITS = {
  /** Nesting of selections, fragments flattened. */
  depth: 12,
  /** Aliased fields in one operation. */
  aliases: 15,
  /** Lexical tokens of the whole document. */
  tokens: 2_000,
  /** Directives in one operation. */
  directives: 20,
} as const;

type LimitCode = Extract<ErrorCode, "QUERY_TOO_DEEP" | "TOO_MANY_ALIASES" | "TOO_MANY_DIRECTIVES" | "TOO_MANY_TOKENS">;

/** graphql-armor reports a refusal through a callback: ours reports it with the limit's own code. */
const reject = (code: LimitCode) => [
  (ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(new GraphQLError(error.message, { extensions: { code } })),
];

/**
 * graphql-armor's document limits (depth, aliases, directives) as validation rules, and graphql-js's
 * own token limit for the parser. Armor's cost limit is off: the cost model is the fields' own
 * (complexity.ts).
 */
export function documentLimits(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[]; parseOptions: ParseOptions } {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: {
      n: DOCUMENT_LIMITS.depth,
      flattenFragments: true,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: reject("QUERY_TOO_DEEP"),
    },
    maxAliases: { n: DOCUMENT_LIMITS.aliases, exposeLimits: true, propagateOnRejection: false, onReject: reject("TOO_MANY_ALIASES") },
    maxDirectives: {
      n: DOCUMENT_LIMITS.directives,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: reject("TOO_MANY_DIRECTIVES"),
    },
    // Suggestions are removed in format-error.ts: armor's mask misses graphql-js's enum-value form.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins: plugins, parseOptions: { maxTokens: DOCUMENT_LIMITS.tokens } };
}

/**
 * The limit a refused document ran into, if any. Apollo reports every validation error as
 * GRAPHQL_VALIDATION_FAILED and every parse error as GRAPHQL_PARSE_FAILED; the error they wrap
 * says which limit it was.
 */
export function documentLimitCode(error: unknown): LimitCode | null {
  const original = (error as { originalError?: { extensions?: { code?: unknown }; message?: unknown } } | null)?.originalError;
  const code = original?.extensions?.code;
  if (code === "QUERY_TOO_DEEP" || code === "TOO_MANY_ALIASES" || code === "TOO_MANY_DIRECTIVES") return code;
  if (typeof original?.message === "string" && /^Syntax Error: Document contains more (?:than|that) \d+ tokens/.test(original.message))
    return "TOO_MANY_TOKENS";
  return null;
}
