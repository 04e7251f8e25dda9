import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { complexityPlugin } from "./complexity";
import { createContext, type Context } from "./context";
import { formatError } from "./format-error";
import { jitExecutor } from "./jit-executor";
import { mountPlayground } from "./playground";
import type { Services } from "./services";

export type HttpConfig = Pick<Config, "CORS_ORIGINS" | "MAX_BODY_BYTES" | "MAX_QUERY_COMPLEXITY">;

export function createApolloServer(schema: GraphQLSchema, config: Pick<Config, "MAX_QUERY_COMPLEXITY">): ApolloServer<Context> {
  return new ApolloServer<Context>({
    gateway: jitExecutor(schema),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // The default landing page loads Apollo Sandbox from a CDN; the API must work offline.
      ApolloServerPluginLandingPageDisabled(),
      complexityPlugin(schema, config.MAX_QUERY_COMPLEXITY),
    ],
  });
}

/** A JSON error body in the shape GraphQL clients already read. */
function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Express app: POST/GET /graphql, the playground, GET /healthz. The Apollo server must already be started. */
export function createHttpApp(opts: { server: ApolloServer<Context>; services: Services; ds: DataSource; config: HttpConfig }): express.Express {
  const { server, services, ds, config } = opts;
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);

  app.get("/healthz", async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable", reason: "database unreachable" });
    }
  });

  mountPlayground(app);

  const origins = config.CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);
  app.use(
    "/graphql",
    cors({ origin: origins.includes("*") ? true : origins, maxAge: 600 }),
    express.json({ limit: config.MAX_BODY_BYTES }),
    expressMiddleware(server, { context: async () => createContext(services) }),
  );

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === "number" ? err.status : 500;
    if (status === 413) {
      res.status(413).json(errorBody(`Request body is larger than the limit of ${config.MAX_BODY_BYTES} bytes`, "BAD_USER_INPUT"));
    } else if (status >= 400 && status < 500) {
      res.status(status).json(errorBody(err.type === "entity.parse.failed" ? "Request body is not valid JSON" : "Bad request", "BAD_REQUEST"));
    } else {
      console.error("[http] unexpected error:", err);
      res.status(500).json(errorBody("Internal server error", "INTERNAL_SERVER_ERROR"));
    }
  };
  app.use(onError);
  return app;
}
