import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { isKnownPath } from "../src/app/paths";

/** Where index.html asks for the page's head: nginx's SSI reads it as it is (nginx.conf); this plugin fills it in. */
const PAGE_HEAD_INCLUDE = /<!--# config errmsg="" -->\s*<!--# include virtual="\/page-head\$request_uri" -->/;

/** The head when the API can't be asked: the site's title and description. */
const FALLBACK_HEAD =
  '<title>HiredinAI — AI jobs</title>\n    <meta name="description" content="HiredinAI: curated jobs in AI engineering, research, data, product, design, marketing and sales." />';

/** The API's head tags for a page (its title, description, canonical, social cards and JSON-LD: app/page-heads.ts). */
async function pageHead(apiOrigin: string, path: string): Promise<string> {
  try {
    const res = await fetch(`${apiOrigin}/page-head${path}`, { signal: AbortSignal.timeout(5_000) });
    return res.ok ? await res.text() : FALLBACK_HEAD;
  } catch {
    return FALLBACK_HEAD;
  }
}

const fill = (shell: string, head: string) => shell.replace(PAGE_HEAD_INCLUDE, () => head);

/**
 * The app's shell with each page's own head, before any JavaScript runs, in vite's dev and preview
 * servers (nginx does the same with SSI in docker-compose): a crawler or a link preview reads the
 * page's title, description, canonical, social tags and JSON-LD from the HTML.
 * In preview, a path no page has (src/app/paths.ts) is answered 404 with the shell, so crawlers hear
 * "not found" and a person sees the site's not-found page. Only page requests are touched: a path with
 * a file extension (an asset, robots.txt) and what the server passes to the API go their usual way.
 */
export function pageShell(apiOrigin: string): Plugin {
  let shell = "";
  return {
    name: "hiredinai:page-shell",
    apply: "serve",
    transformIndexHtml: {
      order: "pre",
      async handler(html, ctx) {
        if (!ctx.originalUrl) return html;
        return fill(html, await pageHead(apiOrigin, new URL(ctx.originalUrl, "http://dev").pathname));
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? "/", "http://preview").pathname;
        const page = (req.method === "GET" || req.method === "HEAD") && !/\.[A-Za-z0-9]+$/.test(pathname);
        if (!page || isProxied(server.config.preview.proxy, pathname)) return next();
        shell ||= readFileSync(join(server.config.root, server.config.build.outDir, "index.html"), "utf8");
        void pageHead(apiOrigin, pathname).then((head) => {
          res.statusCode = isKnownPath(pathname) ? 200 : 404;
          // The headers every page gets (the security headers of vite.config.ts).
          for (const [name, value] of Object.entries(server.config.preview.headers ?? {}))
            if (value !== undefined) res.setHeader(name, value);
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.setHeader("Cache-Control", "no-cache");
          res.end(req.method === "HEAD" ? undefined : fill(shell, head));
        });
      });
    },
  };
}

function isProxied(proxy: Record<string, unknown> | undefined, pathname: string): boolean {
  return Object.keys(proxy ?? {}).some((prefix) => pathname.startsWith(prefix));
}
