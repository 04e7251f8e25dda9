import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cookieParser from "cookie-parser";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import { pinoHttp } from "pino-http";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { isDatabaseUnavailable } from "../shared/db/unavailable";
import { AppError, type ErrorCode } from "../shared/errors/app-error";
import { LogThrottle, type Logger } from "../shared/log/logger";
import { complexityPlugin } from "./complexity";
import { authenticate, SESSION_COOKIE, sessionCookieOptions } from "./authenticate";
import { RATE_LIMIT_HEADERS, rateLimitReportPlugin, spendBudget, type BudgetConfig } from "./budget-plugin";
import { createContext, type Context } from "./context";
import { errorBody, sendError } from "./error-response";
import { mountCompanyLogos } from "./company-logos";
import { mountCountedLinks } from "./counted-links";
import { mountInvoices } from "./invoices";
import { devMailbox } from "./dev-mailbox";
import { documentLimits } from "./document-limits";
import { formatError } from "./format-error";
import { httpCachePlugin, varyByCaller } from "./http-cache";
import { introspectionPlugin } from "./introspection";
import { mountPlayground } from "./playground";
import { mountFeeds } from "./feeds";
import { mountPageHeads } from "./page-heads";
import { mountSitemaps } from "./sitemaps";
import { responsePlugin } from "./response-plugin";
import { stringInputsPlugin } from "./string-inputs";
import { apiSecurityHeaders } from "./security-headers";
import type { Services } from "./services";

export type HttpConfig = Pick<
  Config,
  "CORS_ORIGINS" | "MAX_BODY_BYTES" | "MAX_QUERY_COMPLEXITY" | "TRUST_PROXY" | "NODE_ENV" | "MAIL_FROM" | "PUBLIC_WEB_URL"
>;

export function createApolloServer(
  schema: GraphQLSchema,
  config: Pick<Config, "MAX_QUERY_COMPLEXITY" | "NODE_ENV"> & BudgetConfig,
  log: Logger,
  services: Pick<Services, "budget">,
): ApolloServer<Context> {
  const limits = documentLimits();
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Decided per caller by introspectionPlugin: in production, admins and API keys only.
    introspection: true,
    // main.ts stops the server itself, after the HTTP server drains.
    stopOnTerminationSignals: false,
    logger: apolloLogger(log),
    // Automatic persisted queries (the web app sends a query's sha256 alone, over GET, so that a CDN
    // can key on the URL). Their store is the server's in-memory LRU cache, one per process: that is
    // enough, because a miss costs nothing but a retry (PersistedQueryNotFound, and the client sends
    // the query with its hash once), so processes need not share it. No expiry: the LRU bound evicts.
    persistedQueries: { ttl: null },
    // Apollo's CSRF prevention (on by default, kept on explicitly): a GET or POST must carry a header
    // a browser only sends after a CORS preflight (a JSON content-type, `apollo-require-preflight` or
    // `x-apollo-operation-name`), so a page on another site can't make a signed-in browser run one.
    csrfPrevention: true,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ...limits.plugins,
      // Apollo's per-field cache-control plugin is off: httpCachePlugin (last) reads the same
      // @cacheControl hints from each document once, and writes the headers (http-cache.ts).
      ApolloServerPluginCacheControlDisabled(),
      // The default landing page loads Apollo Sandbox from a CDN; the API must work offline.
      ApolloServerPluginLandingPageDisabled(),
      stringInputsPlugin(schema),
      introspectionPlugin(schema, config.NODE_ENV !== "production"),
      complexityPlugin(schema, config.MAX_QUERY_COMPLEXITY, (ctx, complexity) => spendBudget(ctx, services.budget, config, complexity)),
      rateLimitReportPlugin(),
      responsePlugin(),
      httpCachePlugin(),
    ],
  });
}

/** Apollo's own messages, as pino lines. */
function apolloLogger(log: Logger) {
  const child = log.child({ component: "apollo" });
  return {
    debug: (message: string) => child.debug(message),
    info: (message: string) => child.info(message),
    warn: (message: string) => child.warn(message),
    error: (message: string) => child.error(message),
  };
}

/**
 * RFC 8058 one-click unsubscribe, the URL in every alert email's List-Unsubscribe header: a mail
 * client POSTs `List-Unsubscribe=One-Click` here, with no cookie and no page, and the alert is
 * unsubscribed. A GET (a person, or a mail scanner following links) never unsubscribes: it is sent
 * to the site's unsubscribe page, which asks first.
 */
function mountOneClickUnsubscribe(app: express.Express, services: Services): void {
  const tokenOf = (req: express.Request) => (typeof req.query.token === "string" ? req.query.token.slice(0, 200) : "");
  app.post("/alerts/unsubscribe", express.urlencoded({ extended: false, limit: 1_000 }), async (req, res, next) => {
    try {
      await services.alerts.unsubscribe(tokenOf(req), { ip: req.ip ?? req.socket.remoteAddress ?? "unknown", user: null });
      res.json({ unsubscribed: true });
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      sendError(res, error);
    }
  });
  app.get("/alerts/unsubscribe", (req, res) => void res.redirect(303, services.urls.alertAction("unsubscribe", tokenOf(req))));
}

/** The web app's origins: CORS_ORIGINS, or the site's own when any origin is allowed. */
function anyOriginOr(config: HttpConfig): string[] {
  return config.CORS_ORIGINS.includes("*") ? [new URL(config.PUBLIC_WEB_URL).origin] : config.CORS_ORIGINS;
}

/** express's `trust proxy` from TRUST_PROXY: false, true, a hop count or a list of addresses. */
function trustProxy(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** A client's X-Request-Id is kept when it looks like one; otherwise the API makes one. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * One JSON log line per request that failed (5xx, or an unexpected error inside a 200), carrying
 * the request id that the response also sends as X-Request-Id; throttled, so that an outage
 * writes a few lines a second, not thousands. Other requests log at debug.
 */
function requestLogging(log: Logger) {
  const throttle = new LogThrottle(log, 20);
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger: log,
    quietReqLogger: true,
    genReqId(req, res) {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel(_req, res, error) {
      const failed = res.statusCode >= 500 || error != null || res.err != null;
      if (!failed) return "debug";
      return throttle.allow(`status ${res.statusCode}`) ? "error" : "silent";
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.slice(0, 200) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/**
 * Express app: POST/GET /graphql, the playground, GET /healthz, robots.txt and the sitemaps, and outside
 * production the developer's mailbox. The Apollo server must already be started.
 */
export function createHttpApp(opts: {
  server: ApolloServer<Context>;
  services: Services;
  ds: DataSource;
  config: HttpConfig;
  log: Logger;
}): express.Express {
  const { server, services, ds, config, log } = opts;
  const app = express();
  app.disable("x-powered-by");
  // No ETag on everything express sends: only cacheable GraphQL answers get one (http-cache.ts);
  // express's res.send still answers 304 when the request's If-None-Match matches it.
  app.set("etag", false);
  app.set("trust proxy", trustProxy(config.TRUST_PROXY));
  app.use(requestLogging(log));
  app.use(apiSecurityHeaders());

  app.get("/healthz", async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).set("Retry-After", "5").json({ status: "unavailable", reason: "database unreachable" });
    }
  });

  mountPlayground(app);
  if (config.NODE_ENV !== "production") app.use("/dev/mailbox", devMailbox(ds, config));
  mountOneClickUnsubscribe(app, services);
  mountCountedLinks(app, services, anyOriginOr(config));
  mountCompanyLogos(app, services, config.CORS_ORIGINS, anyOriginOr(config));
  mountInvoices(app, services, config.CORS_ORIGINS);
  mountSitemaps(app, services);
  mountPageHeads(app, services);
  mountFeeds(app, services);

  const anyOrigin = config.CORS_ORIGINS.includes("*");
  const refuse = (res: express.Response, status: number, code: ErrorCode, message: string) =>
    void res.status(status).json(errorBody(message, code));
  app.use(
    "/graphql",
    // `*` is sent as `*` (never a reflected origin), and never with credentials; named origins may send the session cookie.
    cors({
      origin: anyOrigin ? "*" : config.CORS_ORIGINS,
      credentials: !anyOrigin,
      maxAge: 600,
      exposedHeaders: ["X-Request-Id", "Retry-After", ...RATE_LIMIT_HEADERS],
    }),
    varyByCaller,
    cookieParser(),
    authenticate(services, config.CORS_ORIGINS, refuse),
    express.json({ limit: config.MAX_BODY_BYTES }),
    expressMiddleware(server, {
      context: async ({ req, res }) =>
        createContext(
          services,
          {
            id: String(req.id),
            ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
            userAgent: req.get("user-agent") ?? null,
            fromWebApp: req.fromWebApp ?? false,
            log: req.log,
            fail: (error) => void (res.err = error as Error),
            sessionCookie: {
              allowed: !req.crossSite,
              set: (token, expiresAt) => void res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(req), expires: expiresAt }),
              clear: () => void res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req)),
            },
          },
          req.caller ?? { kind: "anonymous" },
        ),
    }),
  );

  app.use((_req, res) => void res.status(404).json(errorBody("Not found: the API answers on /graphql and /healthz", "NOT_FOUND")));

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === "number" ? err.status : 500;
    if (status === 413) {
      res.status(413).json(errorBody(`Request body is larger than the limit of ${config.MAX_BODY_BYTES} bytes`, "BAD_USER_INPUT"));
    } else if (status >= 400 && status < 500) {
      res
        .status(status)
        .json(errorBody(err.type === "entity.parse.failed" ? "Request body is not valid JSON" : "Bad request", "BAD_REQUEST"));
    } else if (isDatabaseUnavailable(err)) {
      res
        .status(503)
        .set("Retry-After", "5")
        .json(errorBody("The service is temporarily unavailable; try again shortly.", "SERVICE_UNAVAILABLE"));
    } else {
      res.err = err;
      res.status(500).json(errorBody("Internal server error", "INTERNAL_SERVER_ERROR"));
    }
  };
  app.use(onError);
  return app;
}
