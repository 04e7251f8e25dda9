import type { ApiKey } from "../features/api-keys/api-key.entity";
import type { User } from "../features/accounts/user.entity";
import type { Logger } from "../shared/log/logger";
import type { RateLimitState } from "../shared/rate-limit/rate-limiter";
import { createLoaders, type Loaders } from "./loaders";
import type { Services } from "./services";

/**
 * Who is calling, decided once per request by app/authenticate.ts:
 * - anonymous: no credentials (or a browser's expired session cookie);
 * - user: a person, signed in by the session cookie (the SPA, the playground) or a bearer token (scripts);
 * - partner: an API key.
 */
export type Caller =
  { kind: "anonymous" } | { kind: "user"; user: User; sessionId: string; via: "cookie" | "bearer" } | { kind: "partner"; key: ApiKey };

/** Who is asking, as far as the HTTP layer knows. */
export interface RequestInfo {
  /** The request id, also sent back as the X-Request-Id header. */
  id: string;
  /** The client's address (behind trusted proxies only: see TRUST_PROXY). */
  ip: string;
  userAgent: string | null;
  /** The request came from the web app's own pages (its Origin is one of CORS_ORIGINS). */
  fromWebApp: boolean;
  /** A logger whose lines carry the request id. */
  log: Logger;
  /** Attaches an unexpected error to the request's one log line (the client sees it masked). */
  fail(error: unknown): void;
  /**
   * Sets or clears the session cookie on the response (httpOnly, SameSite=Lax, Secure behind https).
   * `allowed` is false for a request from another site's page: it may not sign the browser in (login CSRF).
   */
  sessionCookie: { allowed: boolean; set(token: string, expiresAt: Date): void; clear(): void };
}

/** What every resolver gets: shared services, this request's loaders and who is asking. */
export interface Context {
  services: Services;
  loaders: Loaders;
  request: RequestInfo;
  caller: Caller;
  /** This request's rate-limit budget once its cost is spent (app/budget-plugin.ts); `rateLimit` reads it. */
  rateLimit?: RateLimitState;
}

export function createContext(services: Services, request: RequestInfo, caller: Caller): Context {
  return { services, loaders: createLoaders(services), request, caller };
}

/** The signed-in person, or null. */
export function callerUser(ctx: Pick<Context, "caller">): User | null {
  return ctx.caller.kind === "user" ? ctx.caller.user : null;
}
