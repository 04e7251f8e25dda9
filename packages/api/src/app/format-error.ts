import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { ValidationError } from "class-validator";
import type { FieldError } from "../shared/errors/app-error";

/** Codes whose message is meant for the client as it is; anything else is masked. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "RATE_LIMITED",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** class-validator's nested errors as flat `a.b.c` field paths with readable messages. */
function flatten(errors: ValidationError[], prefix = ""): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: message.replace(new RegExp(`^${e.property} `), "") }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * The one place errors become responses: known codes pass with their message, validation errors
 * name each field, and everything else is logged and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error("[graphql] unexpected error:", original ?? error);
  return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
