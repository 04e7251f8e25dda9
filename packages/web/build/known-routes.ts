import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { isKnownPath } from "../src/app/paths";

/**
 * `vite preview` answers a path that no page has with HTTP 404, and the app's shell as the body, so
 * that a crawler hears "not found" and a person still sees the site's not-found page. By default the
 * preview server answers every path with the shell and 200. Only page requests are touched: a path
 * with a file extension (an asset, robots.txt) and what the preview server passes to the API go
 * their usual way. nginx.conf does the same in docker-compose.
 */
export function knownRoutes(): Plugin {
  let shell = "";
  return {
    name: "hiredinai:known-routes",
    apply: "serve",
    configurePreviewServer(server) {
      const outDir = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? "/", "http://preview").pathname;
        const page = (req.method === "GET" || req.method === "HEAD") && !/\.[A-Za-z0-9]+$/.test(pathname);
        if (!page || isKnownPath(pathname) || isProxied(server.config.preview.proxy, pathname)) return next();
        shell ||= readFileSync(join(server.config.root, outDir, "index.html"), "utf8");
        res.statusCode = 404;
        // The headers every page gets (the security headers of vite.config.ts).
        for (const [name, value] of Object.entries(server.config.preview.headers ?? {}))
          if (value !== undefined) res.setHeader(name, value);
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.end(req.method === "HEAD" ? undefined : shell);
      });
    },
  };
}

function isProxied(proxy: Record<string, unknown> | undefined, pathname: string): boolean {
  return Object.keys(proxy ?? {}).some((prefix) => pathname.startsWith(prefix));
}
