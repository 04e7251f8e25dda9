import { fileURLToPath } from "node:url";
import babel from "@rolldown/plugin-babel";
import react from "@vitejs/plugin-react";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import { defaultClientConditions, defineConfig, loadEnv } from "vite";
import { pageShell } from "./build/page-shell";
import { typedDocumentsPerModule } from "./build/typed-documents-per-module";
import { webSecurityHeaders } from "./security-headers.cjs";

/**
 * `.env` files are read from the repository root, so the API and the web app share one `.env`
 * (see `.env.example`). Only `VITE_*` variables reach the browser bundle.
 */
const envDir = fileURLToPath(new URL("../../", import.meta.url));

/**
 * What the dev and preview servers pass to the API: what the app calls on its own origin (GraphQL, the
 * job-view count, invoices' PDFs, the logo upload) and what crawlers and feed readers read there (robots.txt, the sitemaps, the articles' feeds).
 */
const API_PATHS = ["/graphql", "/job-views", "/invoices", "/company-logo", "/robots.txt", "/sitemap.xml", "/sitemaps/", "/feeds/"];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, envDir, "");
  const port = Number(env.WEB_PORT || 5173);
  // Same-origin /graphql (and /job-views) is passed to the API, so the app needs no CORS and no build-time URL
  // unless it is hosted apart from the API (then set VITE_API_URL).
  const apiOrigin = `http://127.0.0.1:${Number(env.PORT || 4000)}`;
  const server = {
    host: "0.0.0.0",
    port,
    strictPort: true,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: apiOrigin, changeOrigin: true }])),
  };

  return {
    plugins: [
      react(),
      // The codegen client preset's Babel plugin turns each `graphql(`…`)` into an import of that
      // one typed document from generated/graphql.ts, so a route's chunk carries only its own
      // documents instead of the whole generated document map (generated/gql.ts).
      babel({
        include: [/\/src\/.*\.tsx?$/],
        exclude: [/\/node_modules\//, /\/src\/generated\//],
        plugins: [[babelOptimizerPlugin, { artifactDirectory: "./src/generated", gqlTagName: "graphql" }]],
      }),
      typedDocumentsPerModule(fileURLToPath(new URL("src/generated/graphql.ts", import.meta.url))),
      pageShell(apiOrigin),
    ],
    envDir,
    resolve: {
      // Workspace libraries expose a "source" condition: use their TypeScript directly
      // rather than their CommonJS build, which the dev server cannot serve to a browser.
      // "es2015": rxjs's ES2015 build rather than its ES5 one (tslib's class helpers and all),
      // 1.7 kB gzipped less on the home page.
      conditions: ["source", "es2015", ...defaultClientConditions],
    },
    build: {
      // Every browser we support preloads modules itself (modulepreload: Chrome 66, Firefox 115,
      // Safari 17), so the entry chunk need not carry Vite's polyfill for it.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // The codegen output only declares things: a module that imports `graphql` from it (now
        // unused, see above) need not keep the document map alive.
        treeshake: { moduleSideEffects: (id: string) => (id.includes("/src/generated/") ? false : undefined) },
      },
    },
    server,
    // The dev server stays without a CSP: react-refresh needs inline scripts and a websocket.
    // Uploaded company logos come from the API's public URL (PUBLIC_API_URL, by default http://localhost:PORT, as the API reads it).
    preview: {
      ...server,
      headers: webSecurityHeaders(env.VITE_API_URL, env.PUBLIC_API_URL || `http://localhost:${Number(env.PORT || 4000)}`),
    },
  };
});
