import { ApolloClient, InMemoryCache } from "@apollo/client";
import { BaseHttpLink } from "@apollo/client/link/http";
import { relayStylePagination } from "@apollo/client/utilities";
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

/** Creates the app's Apollo Client. Hooks are imported from `@apollo/client/react`. */
export function createApolloClient(uri: string = apiUrl): ApolloClient {
  return new ApolloClient({
    link: new BaseHttpLink({ uri, credentials: credentialsFor(uri, window.location.origin) }),
    cache: createCache(),
  });
}
