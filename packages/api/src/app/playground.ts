import { dirname, resolve } from "node:path";
import express from "express";
import { ruruHTML } from "ruru/server";
import { playgroundSecurityHeaders } from "./security-headers";

const ENDPOINT = "/graphql";
const STATIC_PATH = `${ENDPOINT}/playground/`;
/** Ruru's built assets, shipped in its package (what its docs otherwise point at on a CDN). */
const STATIC_DIR = resolve(dirname(require.resolve("ruru")), "../static");

/**
 * The GraphQL playground (Ruru, a GraphiQL distribution) for admins and partners exploring the API:
 * a browser opening /graphql gets it, served entirely by the API (no CDN, so it works offline).
 * Requests that carry a query, or do not ask for HTML, go on to the API.
 */
export function mountPlayground(app: express.Express): void {
  const html = ruruHTML({
    staticPath: STATIC_PATH,
    endpoint: ENDPOINT,
    clientConfig: { defaultQuery: DEFAULT_QUERY },
    htmlParts: {
      titleTag: "<title>HiredinAI GraphQL playground</title>",
      // Ruru's default meta tag, and the site's icon inline: without one a browser asks for /favicon.ico, a 404 here.
      metaTags: `<meta charset="utf-8" /><link rel="icon" href="data:image/svg+xml,${encodeURIComponent(ICON)}" />`,
    },
  });
  const headers = playgroundSecurityHeaders(html);
  app.use(STATIC_PATH, headers, express.static(STATIC_DIR, { index: false, maxAge: "1d" }));
  app.get(ENDPOINT, (req, res, next) => {
    // A browser navigating here prefers HTML; clients that take JSON (or anything) get the API, and
    // so does an operation sent by its persisted query's hash alone (`extensions`, no `query`).
    if (req.query.query != null || req.query.extensions != null || req.accepts(["json", "html"]) !== "html") return next();
    headers(req, res, () => res.type("html").send(html));
  });
}

/** The site's icon (packages/web/public/favicon.svg). */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/>' +
  '<text x="16" y="22" font-family="system-ui,sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">H</text></svg>';

const DEFAULT_QUERY = `# The HiredinAI API. Run with the pink button or
# Ctrl-Enter; the docs (left) list every type.
query LatestJobs {
  jobs(
    first: 5
    filter: { categories: ["generative-ai"] }
  ) {
    totalCount
    edges {
      node {
        title
        url
        company { name }
        locations { city }
        salary { min max currency period }
      }
    }
  }
}
`;
