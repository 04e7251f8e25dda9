import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ERROR_CODES, isErrorCode } from "../shared/errors/app-error";
import type { Context } from "./context";

/**
 * Decides the HTTP status of a GraphQL response from its errors, in one place:
 * - SERVICE_UNAVAILABLE anywhere: 503 with Retry-After, and no data at all: a field that is `null`
 *   because the database is down must never look like "no such job";
 * - RATE_LIMITED: 429 with Retry-After;
 * - a request refused before it ran (no data): the status its code has in ERROR_CODES.
 * It also hands every unexpected error to the request's log line.
 */
export function responsePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = (unwrapResolverError(error) as { extensions?: { code?: unknown } }).extensions?.code ?? error.extensions?.code;
            if (!isErrorCode(code) || code === "INTERNAL_SERVER_ERROR") contextValue.request.fail(unwrapResolverError(error));
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const errors = result.errors ?? [];
          const find = (code: string) => errors.find((e) => e.extensions?.code === code);
          const unavailable = find("SERVICE_UNAVAILABLE");
          const limited = find("RATE_LIMITED");
          if (unavailable) {
            response.body.singleResult = { errors: [{ message: unavailable.message, extensions: unavailable.extensions }] };
            response.http.status = 503;
            response.http.headers.set("retry-after", String(unavailable.extensions?.retryAfter ?? 5));
          } else if (limited) {
            response.http.status = 429;
            response.http.headers.set("retry-after", String(limited.extensions?.retryAfter ?? 60));
          } else if (errors.length && result.data === undefined && (response.http.status === undefined || response.http.status === 500)) {
            // Apollo's own statuses (405 for a mutation over GET, ...) stand; 500 is its default for "unknown".
            const code = errors[0].extensions?.code;
            const status = isErrorCode(code) ? ERROR_CODES[code] : null;
            if (status) response.http.status = status;
          }
        },
      };
    },
  };
}
