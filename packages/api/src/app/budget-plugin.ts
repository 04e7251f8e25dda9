import type { ApolloServerPlugin } from "@apollo/server";
import type { Config } from "../config/config";
import { Role } from "../features/accounts/user.enums";
import { RateLimitedError } from "../shared/errors/app-error";
import type { Budget, RateLimitState } from "../shared/rate-limit/rate-limiter";
import { apiKeyBudgetKey } from "../features/api-keys/api-key.service";
import type { Caller, Context, RequestInfo } from "./context";

/** The response headers that carry `extensions.rateLimit`, for clients that read headers. */
export const RATE_LIMIT_HEADERS = [
  "X-RateLimit-Limit",
  "X-RateLimit-Remaining",
  "X-RateLimit-Used",
  "X-RateLimit-Reset",
  "X-RateLimit-Cost",
];

/** An operation's points: its declared complexity (shared/graphql/cost.ts) in hundreds, at least 1. GitHub's scale: ~100 nodes a point. */
export function pointsFor(complexity: number): number {
  return Math.max(1, Math.ceil(complexity / 100));
}

export type BudgetConfig = Pick<Config, "RATE_LIMIT_ANONYMOUS" | "RATE_LIMIT_WEB_APP" | "RATE_LIMIT_USER" | "RATE_LIMIT_ADMIN">;

/**
 * Whose budget a request spends, and how big it is (app/authenticate.ts decided the caller):
 * - a partner's API key: that key's own `hourlyBudget`, shared by everyone holding the key;
 * - a signed-in person (cookie or bearer token): their account's, RATE_LIMIT_ADMIN for admins, RATE_LIMIT_USER for the rest;
 * - nobody, from the web app's pages (or the playground): the address's RATE_LIMIT_WEB_APP, which real browsing never reaches;
 * - nobody, from anywhere else: the address's RATE_LIMIT_ANONYMOUS.
 * Each is counted apart: an address's scripts don't spend its visitors' web-app budget, nor a person's use their key's.
 */
function budgetOf(caller: Caller, request: Pick<RequestInfo, "ip" | "fromWebApp">, config: BudgetConfig): { key: string; limit: number } {
  switch (caller.kind) {
    case "partner":
      return { key: apiKeyBudgetKey(caller.key.id), limit: caller.key.hourlyBudget };
    case "user":
      return { key: `user:${caller.user.id}`, limit: caller.user.role === Role.ADMIN ? config.RATE_LIMIT_ADMIN : config.RATE_LIMIT_USER };
    case "anonymous":
      return request.fromWebApp
        ? { key: `web:${request.ip}`, limit: config.RATE_LIMIT_WEB_APP }
        : { key: `ip:${request.ip}`, limit: config.RATE_LIMIT_ANONYMOUS };
  }
}

/**
 * Spends an operation's points from its caller's hourly budget, before anything runs (one statement);
 * over budget: RATE_LIMITED (HTTP 429, Retry-After). Called by the complexity plugin once it knows the cost.
 */
export async function spendBudget(ctx: Context, budget: Budget, config: BudgetConfig, complexity: number): Promise<void> {
  const { key, limit } = budgetOf(ctx.caller, ctx.request, config);
  try {
    ctx.rateLimit = await budget.spend(key, pointsFor(complexity), limit, "Rate limit exceeded: this client has spent its hourly budget.");
  } catch (error) {
    if (error instanceof RateLimitedError) ctx.rateLimit = error.budget;
    throw error;
  }
}

function toExtension(state: RateLimitState) {
  return { limit: state.limit, cost: state.cost, remaining: state.remaining, used: state.used, resetAt: state.resetAt.toISOString() };
}

/** Every response whose cost was counted says where its budget stands: `extensions.rateLimit` and X-RateLimit-* headers. */
export function rateLimitReportPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const state = contextValue.rateLimit;
          if (!state || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, rateLimit: toExtension(state) };
          const headers = response.http.headers;
          headers.set("x-ratelimit-limit", String(state.limit));
          headers.set("x-ratelimit-remaining", String(state.remaining));
          headers.set("x-ratelimit-used", String(state.used));
          headers.set("x-ratelimit-reset", String(Math.ceil(state.resetAt.getTime() / 1000)));
          headers.set("x-ratelimit-cost", String(state.cost));
        },
      };
    },
  };
}
