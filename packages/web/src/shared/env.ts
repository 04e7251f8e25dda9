/** The GraphQL endpoint: `VITE_API_URL` at build time (the SPA hosted apart from the API), else /graphql on the app's own origin (proxied to the API). */
export const apiUrl: string = import.meta.env.VITE_API_URL || "/graphql";

/** Another path the API answers, on the same origin as the GraphQL endpoint: `apiEndpoint("/job-views/1")`. */
export function apiEndpoint(path: string): URL {
  return new URL(path, new URL(apiUrl, window.location.href));
}
