import type { NextFunction, Request, Response } from "express";
import { looksLikeApiKey } from "../features/api-keys/api-key.service";
import type { ErrorCode } from "../shared/errors/app-error";
import type { Caller } from "./context";
import type { Services } from "./services";

/** The SPA's session cookie. */
export const SESSION_COOKIE = "hiredinai_session";

/** The session cookie's flags: script can't read it, other sites' links may carry it but their forms can't, https only behind https. */
export function sessionCookieOptions(req: Request) {
  return { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" } as const;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Express's Request is extended
  namespace Express {
    interface Request {
      /** Set by `authenticate`: who is calling. */
      caller?: Caller;
      /** The request's Origin is the web app's (or the API's own, for the playground). */
      fromWebApp?: boolean;
      /** The request came from a page on another site (its Origin is neither the web app's nor the API's). */
      crossSite?: boolean;
    }
  }
}

/**
 * The credential a script or partner sends: `X-API-Key: <x>` (always an API key) or `Authorization: Bearer <x>`
 * (an API key when it looks like one, otherwise a session token).
 */
function sentCredential(req: Request): { value: string; apiKey: boolean } | null {
  const header = req.get("x-api-key");
  if (header) return { value: header.trim(), apiKey: true };
  const authorization = req.get("authorization");
  const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return match ? { value: match[1], apiKey: looksLikeApiKey(match[1]) } : null;
}

/** Is `origin` the web app's, or this API's own (the playground it serves)? */
function isOwnOrigin(req: Request, origin: string, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.get("host");
  } catch {
    return false;
  }
}

/**
 * Decides who is calling, once, before GraphQL runs (after cookie-parser):
 * - an API key (`X-API-Key`, or a bearer credential starting `hai_`): a partner; unknown or revoked → 401;
 * - another bearer credential: a session token (scripts); unknown or expired → 401;
 * - the session cookie: a person in a browser. A cookie sent from a page on another origin is refused
 *   (403: cross-site request forgery); an expired one is cleared and the request goes on anonymous;
 * - nothing: anonymous.
 * Credentials never fall back to anonymous access: a client that sent one hears that it failed.
 */
export function authenticate(
  services: Services,
  allowedOrigins: readonly string[],
  refuse: (res: Response, status: number, code: ErrorCode, message: string) => void,
) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const origin = req.get("origin");
      // A browser sends no Origin with a same-origin GET (the web app's persisted queries): its
      // Sec-Fetch-Site then says the request came from a page on the API's own public origin.
      const sameOriginGet = origin == null && req.get("sec-fetch-site") === "same-origin";
      req.fromWebApp = !allowedOrigins.includes("*") && (origin != null ? isOwnOrigin(req, origin, allowedOrigins) : sameOriginGet);
      req.crossSite = origin != null && !isOwnOrigin(req, origin, allowedOrigins);
      const credential = sentCredential(req);
      if (credential?.apiKey) {
        const key = await services.apiKeys.verify(credential.value);
        if (!key) return refuse(res, 401, "UNAUTHENTICATED", "This API key is unknown or has been revoked.");
        req.caller = { kind: "partner", key };
        return next();
      }
      if (credential) {
        const session = await services.sessions.validate(credential.value);
        if (!session) return refuse(res, 401, "UNAUTHENTICATED", "This session token is unknown or has expired; sign in again.");
        req.caller = { kind: "user", user: session.user, sessionId: session.sessionId, via: "bearer" };
        return next();
      }
      const cookie = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
      if (cookie) {
        if (req.crossSite) {
          return refuse(res, 403, "FORBIDDEN", "Cross-site request refused: this session only works from HiredinAI's own pages.");
        }
        const session = await services.sessions.validate(cookie);
        if (session) {
          req.caller = { kind: "user", user: session.user, sessionId: session.sessionId, via: "cookie" };
          return next();
        }
        res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
      }
      req.caller = { kind: "anonymous" };
      next();
    } catch (error) {
      next(error); // the HTTP error handler answers (503 when the database is unreachable)
    }
  };
}
