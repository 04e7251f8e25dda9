/** The GraphQL endpoint: `VITE_API_URL` at build time (the SPA hosted apart from the API), else /graphql on the app's own origin (proxied to the API). */
export const apiUrl: string = import.meta.env.VITE_API_URL || "/graphql";
