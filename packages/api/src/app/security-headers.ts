import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Headers for what the API itself serves (JSON, health checks): nothing in it may run, load or be
 * framed anywhere. helmet sets the rest of its defaults (nosniff, referrer policy, COOP...).
 */
export function apiSecurityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { "default-src": ["'none'"], "frame-ancestors": ["'none'"], "base-uri": ["'none'"], "form-action": ["'none'"] },
      },
      // Public data: partner pages may use what the API serves (CORS still decides who may read it).
      crossOriginResourcePolicy: { policy: "cross-origin" },
      strictTransportSecurity: false,
    }),
    strictTransportSecurityOverHttps(),
  ];
}

/** HSTS only where it means something: the request came over https (directly or via a trusted proxy). */
function strictTransportSecurityOverHttps(): RequestHandler {
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  return (req, res, next) => (req.secure ? hsts(req, res, next) : next());
}

/** `'sha256-…'` sources for every inline <script> of a page, so its CSP can allow exactly those. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== "")
    .map((body) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
}

/** The playground's page: its own scripts and workers only, and framed by nobody but itself. */
export function playgroundSecurityHeaders(html: string): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", ...inlineScriptHashes(html)],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "worker-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
        "object-src": ["'none'"],
      },
    },
    frameguard: { action: "sameorigin" },
    strictTransportSecurity: false,
  });
}
