import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { ValidationError } from "class-validator";
import { isErrorCode, type FieldError } from "../shared/errors/app-error";
import { isDatabaseUnavailable } from "../shared/db/unavailable";
import { ServiceUnavailableError } from "../shared/errors/app-error";
import { documentLimitCode } from "./document-limits";

/** class-validator's nested errors as flat `a.b.c` field paths with readable messages. */
function flatten(errors: ValidationError[], prefix = ""): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(new RegExp(`^${e.property} `), ""),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const unavailable = new ServiceUnavailableError();

/**
 * The field a graphql-js input error is about, from its (stable) wording: `Variable "$input" got
 * invalid value … at "input.frequency"` → input.frequency; `Variable "$slug" of required type …` →
 * slug; `Argument "first" of non-null type …` → first.
 */
function fieldOf(message: string): string | null {
  const at = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)";/.exec(message);
  if (at) return at[1];
  const named = /^(?:Variable "\$|Argument ")([_A-Za-z][_0-9A-Za-z]*)"/.exec(message);
  return named ? named[1] : null;
}

/** Every BAD_USER_INPUT names its fields, those graphql-js refuses (bad variables) as well as ours. */
function withFields(error: GraphQLFormattedError, extensions: Record<string, unknown>): GraphQLFormattedError {
  const field = fieldOf(error.message);
  const message = error.message.replace(/\s*Did you mean [^?]*\?/g, "");
  return { ...error, extensions: { ...extensions, code: "BAD_USER_INPUT", fields: field ? [{ field, message }] : [] } };
}

/**
 * The one place errors become responses: known codes pass with their message (less name suggestions),
 * validation errors name each field, a refused document says which limit it broke, an unreachable
 * database is SERVICE_UNAVAILABLE, and everything else is masked (the response plugin logs it).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return withoutSuggestions(format(formatted, error));
}

/**
 * graphql-js suggests names ('Did you mean "jobs"?', 'Did you mean the enum value "REMOTE"?'): help
 * for someone mapping a schema they were not given. People have the playground's docs instead.
 */
function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  return error.message.includes("Did you mean") ? { ...error, message: error.message.replace(/\s*Did you mean [^?]*\?/g, "") } : error;
}

function format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
  const code = (formatted.extensions?.code ?? original?.extensions?.code) as string | undefined;

  const validationErrors = original?.extensions?.validationErrors as ValidationError[] | undefined;
  if (code === "BAD_USER_INPUT" && validationErrors) {
    const fields = flatten(validationErrors);
    return {
      message: fields.map((f) => `${f.field}: ${f.message}`).join("; "),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, fields },
    };
  }
  const limit = documentLimitCode(error);
  if (limit)
    return { message: formatted.message.replace(/^Syntax Error: /, ""), locations: formatted.locations, extensions: { code: limit } };
  if (isErrorCode(code) && code !== "INTERNAL_SERVER_ERROR") {
    const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
    if (code === "BAD_USER_INPUT" && !extensions.fields) return withFields(formatted, extensions);
    return { ...formatted, extensions };
  }
  // graphql-js's own refusal of an argument's value during execution (a GraphQLError with no code and
  // no cause of its own): the input's fault, worded by graphql-js.
  if (original instanceof GraphQLError && original.extensions.code == null && !original.originalError && formatted.path) {
    return withFields({ message: formatted.message, locations: formatted.locations, path: formatted.path }, { code: "BAD_USER_INPUT" });
  }
  if (isDatabaseUnavailable(original)) {
    return { message: unavailable.message, path: formatted.path, extensions: { ...unavailable.extensions } };
  }
  // Apollo's own refusals of a request (a persisted query whose hash does not match, ...) carry a
  // 4xx status but no code: the client's fault, so its message is safe to show.
  const status = (original?.extensions?.http as { status?: number } | undefined)?.status;
  if (!formatted.path && status && status >= 400 && status < 500) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: "BAD_REQUEST" } };
  }
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
