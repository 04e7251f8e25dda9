import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { BaseHttpLink } from "@apollo/client/link/http";
import { print, relayStylePagination } from "@apollo/client/utilities";
import { from, mergeMap, of } from "rxjs";
import { apiUrl } from "../shared/env";

/**
 * Paged connections are merged by the cache: "Load more" calls `fetchMore({ variables: { after } })`
 * and the next page's edges are appended to the list kept under the same filter (and order).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          jobs: relayStylePagination(["filter", "orderBy"]),
          companies: relayStylePagination(["filter"]),
          glossaryTerms: relayStylePagination(["filter"]),
          articles: relayStylePagination(["filter"]),
          allArticles: relayStylePagination(["filter"]),
        },
      },
      Company: { fields: { jobs: relayStylePagination() } },
      JobCategory: { fields: { jobs: relayStylePagination() } },
      // Facets and salary figures have no id: they belong to the query that asked for them.
      JobFacets: { keyFields: false },
      SalaryStats: { keyFields: false },
    },
  });
}

/**
 * Whether requests to `uri` carry the session cookie: on the page's own origin (the default `/graphql`,
 * proxied to the API) the browser's "same-origin" does; an API on another origin (VITE_API_URL) needs
 * "include", and then answers only origins it lists in CORS_ORIGINS.
 */
export function credentialsFor(uri: string, pageOrigin: string): RequestCredentials {
  return new URL(uri, pageOrigin).origin === pageOrigin ? "same-origin" : "include";
}

/** A string's SHA-256 in hex, by the browser's Web Crypto (no hashing library in the bundle). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Automatic persisted queries over GET: a query goes as its SHA-256 (and its variables) in the URL,
 * so a CDN can cache anonymous public answers. For a hash the API hasn't seen it answers
 * PERSISTED_QUERY_NOT_FOUND, and the query is sent once more in full, by POST (the API keeps it:
 * from then on the hash alone works). Mutations pass as they are (POST). The protocol of Apollo's
 * PersistedQueryLink with `useGETForHashedQueries`, in a few lines: that link is ~1 kB gzipped of
 * options this app doesn't use, over the home page's JS budget.
 */
export function persistedQueriesLink(hash: (text: string) => Promise<string> = sha256Hex): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType !== "query") return forward(operation);
    const send = (full: boolean) => {
      operation.setContext({ http: { includeQuery: full, includeExtensions: true }, fetchOptions: { method: full ? "POST" : "GET" } });
      return forward(operation);
    };
    return from(hash(print(operation.query))).pipe(
      mergeMap((sha256Hash) => {
        operation.extensions.persistedQuery = { version: 1, sha256Hash };
        return send(false);
      }),
      mergeMap((result) => (result.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND") ? send(true) : of(result))),
    );
  });
}

/**
 * The app's link: persisted queries, then HTTP. The JSON content-type Apollo Client sends on every
 * request, GETs too, satisfies the API's CSRF prevention; the session cookie goes along as on a
 * POST. Web Crypto only exists in secure contexts (https, localhost): elsewhere queries are POSTed.
 */
export function createLink(uri: string, pageOrigin: string): ApolloLink {
  const http = new BaseHttpLink({ uri, credentials: credentialsFor(uri, pageOrigin) });
  return globalThis.crypto?.subtle ? persistedQueriesLink().concat(http) : http;
}

/** Creates the app's Apollo Client. Hooks are imported from `@apollo/client/react`. */
export function createApolloClient(uri: string = apiUrl): ApolloClient {
  return new ApolloClient({ link: createLink(uri, window.location.origin), cache: createCache() });
}
