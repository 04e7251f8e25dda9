import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { SESSION_COOKIE } from "./authenticate";
import { RATE_LIMIT_HEADERS } from "./budget-plugin";
import { cachePolicyOf } from "./cache-policy";
import type { Context } from "./context";

/** How long past max-age a shared cache may serve a public response while it fetches a fresh one. */
export const STALE_WHILE_REVALIDATE_FACTOR = 5;

/**
 * The request headers a GraphQL answer depends on: who is calling (the session cookie, a bearer
 * token, an API key), and the content type negotiated from Accept. Sent on every /graphql response,
 * so that a cache never hands one caller's answer to another (cors adds Origin where it matters).
 */
export const varyByCaller: RequestHandler = (_req, res, next) => {
  res.vary("Accept, Authorization, Cookie, X-API-Key");
  next();
};

/**
 * Decides, in this one place, whether a GraphQL response may be cached and writes its Cache-Control.
 * The operation's policy comes from the schema's `@cacheControl` hints (shared/graphql/cache-hints.ts,
 * read by cache-policy.ts) into Apollo's `overallCachePolicy`. A response is public only when all
 * of these hold:
 * - it was a GET (a query: Apollo refuses mutations over GET), since no cache keeps a POST;
 * - nobody signed in, nor even tried: no session cookie (an expired one is cleared by a Set-Cookie
 *   no shared cache may keep), bearer token or API key. A signed-in caller's answer is never
 *   public, even for public data, whatever the hints say;
 * - every object in it is hinted public with a maxAge (so nothing about the caller is in it), and
 *   it has no errors.
 * Then it gets `public, max-age=N, stale-while-revalidate=5N` and a weak ETag (express answers
 * 304 Not Modified to a matching If-None-Match), and loses what was about its caller: the
 * `extensions.rateLimit` report and X-RateLimit-* headers (one address's budget, which a shared
 * cache would show to everyone). Anything else is `no-store`.
 * Must come after every plugin that writes the response (rate-limit report, response statuses).
 */
export function httpCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, overallCachePolicy }) {
          if (operation) overallCachePolicy.replace(cachePolicyOf(schema, document, operation));
        },
        async willSendResponse({ request, response, contextValue, overallCachePolicy }) {
          const headers = response.http.headers;
          const policy = overallCachePolicy.policyIfCacheable();
          const body = response.body.kind === "single" ? response.body.singleResult : null;
          const sent = request.http?.headers;
          const cacheable =
            request.http?.method === "GET" &&
            contextValue.caller.kind === "anonymous" &&
            !sent?.has("authorization") &&
            !sent?.has("x-api-key") &&
            !(sent?.get("cookie") ?? "").includes(`${SESSION_COOKIE}=`) &&
            policy?.scope === "PUBLIC" &&
            body != null &&
            body.errors === undefined &&
            (response.http.status === undefined || response.http.status === 200);
          if (!cacheable || !policy || !body) {
            headers.set("cache-control", "no-store");
            return;
          }
          const { rateLimit: _caller, ...extensions } = body.extensions ?? {};
          body.extensions = Object.keys(extensions).length ? extensions : undefined;
          for (const name of RATE_LIMIT_HEADERS) headers.delete(name.toLowerCase());
          headers.set(
            "cache-control",
            `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.maxAge * STALE_WHILE_REVALIDATE_FACTOR}`,
          );
          headers.set("etag", `W/"${createHash("sha1").update(JSON.stringify(body)).digest("base64url")}"`);
        },
      };
    },
  };
}
