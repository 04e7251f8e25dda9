/** Reading the API's errors: `extensions.code` and BAD_USER_INPUT's per-field messages. */

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

/**
 * The GraphQL errors in an Apollo error: a CombinedGraphQLErrors' `errors`, or those in the body of a
 * ServerError (a non-2xx answer sent as plain `application/json`, e.g. a 429 or a 403 before GraphQL ran).
 */
export function graphQLErrors(error: unknown): GraphQLErrorLike[] {
  if (!error || typeof error !== "object") return [];
  if ("errors" in error && Array.isArray(error.errors)) return (error as { errors: GraphQLErrorLike[] }).errors;
  if ("bodyText" in error && typeof error.bodyText === "string") {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: unknown };
      if (Array.isArray(body.errors)) return body.errors as GraphQLErrorLike[];
    } catch {
      // Not JSON: no GraphQL errors to read.
    }
  }
  return [];
}

/** `extensions.code` of every GraphQL error in an Apollo error. */
export function errorCodes(error: unknown): string[] {
  const codes = graphQLErrors(error)
    .map((e) => e.extensions?.code)
    .filter((c): c is string => typeof c === "string");
  // A 429 whose body could not be read is still a rate limit.
  if (!codes.length && error && typeof error === "object" && "statusCode" in error && error.statusCode === 429) return ["RATE_LIMITED"];
  return codes;
}

export function firstMessage(error: unknown): string | undefined {
  return graphQLErrors(error)[0]?.message;
}

/** Per-field messages from a BAD_USER_INPUT error's `extensions.fields`, keyed by field path (e.g. "input.email"). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of graphQLErrors(error)) {
    const fields = e.extensions?.fields;
    if (Array.isArray(fields)) {
      for (const f of fields as { field?: unknown; message?: unknown }[]) {
        if (typeof f.field === "string" && typeof f.message === "string" && !(f.field in out)) out[f.field] = f.message;
      }
    } else if (fields && typeof fields === "object") {
      for (const [k, v] of Object.entries(fields)) if (typeof v === "string") out[k] = v;
    }
  }
  return out;
}
