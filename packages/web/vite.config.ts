import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, loadEnv } from "vite";
import { webSecurityHeaders } from "./security-headers.cjs";

/**
 * `.env` files are read from the repository root, so the API and the web app share one `.env`
 * (see `.env.example`). Only `VITE_*` variables reach the browser bundle.
 */
const envDir = fileURLToPath(new URL("../../", import.meta.url));

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, envDir, "");
  const port = Number(env.WEB_PORT || 5173);
  // Same-origin /graphql is passed to the API, so the app needs no CORS and no build-time URL
  // unless it is hosted apart from the API (then set VITE_API_URL).
  const apiOrigin = `http://127.0.0.1:${Number(env.PORT || 4000)}`;
  const server = { host: "0.0.0.0", port, strictPort: true, proxy: { "/graphql": { target: apiOrigin, changeOrigin: true } } };

  return {
    plugins: [react()],
    envDir,
    resolve: {
      // Workspace libraries expose a "source" condition: use their TypeScript directly
      // rather than their CommonJS build, which the dev server cannot serve to a browser.
      conditions: ["source", ...defaultClientConditions],
    },
    server,
    // The dev server stays without a CSP: react-refresh needs inline scripts and a websocket.
    preview: { ...server, headers: webSecurityHeaders(env.VITE_API_URL) },
  };
});
