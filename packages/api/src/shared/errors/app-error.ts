import { GraphQLError } from "graphql";

/**
 * Every error code the API sends in `extensions.code`, with the HTTP status a response carries
 * when the error decides the whole request (`null`: the response stays 200, as for a field that
 * failed beside others that did not). Adding a code is one line here.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  TOO_MANY_TOKENS: 400,
  PERSISTED_QUERY_NOT_FOUND: 200,
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
  OPERATION_RESOLUTION_FAILURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: null,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: null,
} as const satisfies Record<string, number | null>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}

/** A field name and what is wrong with it, as clients show it beside the form field. */
export interface FieldError {
  field: string;
  message: string;
}

/** An expected error: its message and code reach the client as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Bad input, naming every field at fault: one entry per field, its messages joined (a form shows one line beside the field). */
export class BadUserInputError extends AppError {
  constructor(problems: FieldError[]) {
    const byField = new Map<string, string[]>();
    for (const { field, message } of problems) byField.set(field, [...(byField.get(field) ?? []), message]);
    const fieldErrors = [...byField].map(([field, messages]) => ({ field, message: messages.join(" ") }));
    super("BAD_USER_INPUT", fieldErrors.map((e) => `${e.field}: ${e.message}`).join("; "), { fields: fieldErrors });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

/** Too many requests: the response is HTTP 429 with `Retry-After: retryAfter`. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    retryAfterSeconds: number,
    /** Where the budget stands (limit, used, resetAt), for the response's rate-limit headers. */
    readonly budget?: { limit: number; cost: number; used: number; remaining: number; resetAt: Date },
  ) {
    super("RATE_LIMITED", message, { retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)) });
  }
}

/** The database (or another service the API needs) can't be reached: HTTP 503, try again later. */
export class ServiceUnavailableError extends AppError {
  constructor(retryAfterSeconds = 5) {
    super("SERVICE_UNAVAILABLE", "The service is temporarily unavailable; try again shortly.", { retryAfter: retryAfterSeconds });
  }
}
