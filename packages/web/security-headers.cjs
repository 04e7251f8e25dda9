"use strict";
/**
 * The web app's security headers, in one place for every server that serves the built app:
 * `vite preview` (vite.config.ts) and nginx in the container (the Dockerfile writes them as
 * `add_header` lines with `node security-headers.cjs --nginx "$VITE_API_URL"`). CommonJS, so that
 * vite.config.ts, the Dockerfile's node and the Jest browser tests can all load it.
 *
 * Scripts and styles come from the app's own origin only; it calls the API on its own origin or on
 * VITE_API_URL's; company logos may be any https image, or one the API serves (uploaded logos, from
 * its public URL, plain http on a developer's machine); nobody may frame it.
 *
 * @param {string | undefined} apiUrl VITE_API_URL, when the API lives on another origin
 * @param {string | undefined} [logosUrl] the API's public URL (PUBLIC_API_URL), where uploaded logos are served from
 * @returns {Record<string, string>}
 */
function webSecurityHeaders(apiUrl, logosUrl) {
  /** @param {string | undefined} url */
  const originOf = (url) => (url && /^https?:\/\//.test(url) ? new URL(url).origin : null);
  const apiOrigin = originOf(apiUrl);
  // https: already allows any https image; an http API (a developer's machine, docker compose) is named.
  const httpImageOrigins = [...new Set([apiOrigin, originOf(logosUrl)])].filter((origin) => origin && origin.startsWith("http:"));
  const csp = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    // React writes style attributes (charts, widths).
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https:", ...httpImageOrigins],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(apiOrigin ? [apiOrigin] : [])],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  return {
    "Content-Security-Policy": Object.entries(csp)
      .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
      .join("; "),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  };
}

module.exports = { webSecurityHeaders };

/** `node security-headers.cjs --nginx [apiUrl]`: the headers as nginx `add_header` lines. */
if (require.main === module && process.argv[2] === "--nginx") {
  const lines = Object.entries(webSecurityHeaders(process.argv[3])).map(([name, value]) => `add_header ${name} "${value}" always;`);
  process.stdout.write(`# Written by packages/web/security-headers.cjs at image build time.\n${lines.join("\n")}\n`);
}
