import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The GraphQL endpoint: `VITE_API_URL` at build time, else /graphql on the app's own origin (proxied to the API). */
export const apiUrl: string = import.meta.env.VITE_API_URL || "/graphql";

/** Creates the app's Apollo Client. Hooks are imported from `@apollo/client/react`. */
export function createApolloClient(uri: string = apiUrl): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
}
