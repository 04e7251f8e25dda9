import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The GraphQL endpoint, fixed at build time (`VITE_API_URL`). */
export const apiUrl: string = import.meta.env.VITE_API_URL || "http://localhost:4000/graphql";

/** Creates the app's Apollo Client. Hooks are imported from `@apollo/client/react`. */
export function createApolloClient(uri: string = apiUrl): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
}
