import "reflect-metadata";
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { forkServers, reportListening, type ServerGroup } from "./app/cluster";
import { startServer } from "./app/server";
import { createServices } from "./app/services";
import { startWorker } from "./app/worker";
import { loadConfig, type Config } from "./config/config";
import { connectDatabase, openDatabase } from "./db/database";
import { createLogger, type Logger } from "./shared/log/logger";

/** The repository's .env, if there is one; real environment variables win. */
const ENV_FILE = resolve(__dirname, "../../../.env");
/** How long requests in flight may take to finish once a shutdown starts. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The API. One process serves HTTP itself; with WEB_CONCURRENCY above 1 it is the primary of that
 * many HTTP processes on the same port (app/cluster.ts). Either way this process opens the database
 * (starting the embedded Postgres when there is no DATABASE_URL, migrating, seeding) and runs the
 * job worker unless that is deployed on its own (`pnpm worker`).
 */
async function main(): Promise<void> {
  if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  if (cluster.isWorker) return serveHttp(config, log);

  const db = await openDatabase(config, log);
  let server: Pick<ServerGroup, "url" | "close"> | null = null;
  try {
    server =
      config.WEB_CONCURRENCY > 1
        ? await forkServers(config.WEB_CONCURRENCY, { DATABASE_URL: db.url }, log)
        : await startServer(db.ds, config, { log });
    const worker = config.WORKER_IN_PROCESS ? await startWorker(db.ds, createServices(db.ds, config), config, log) : null;
    const url = `${server.url.replace("127.0.0.1", "localhost")}/graphql`;
    const processes = config.WEB_CONCURRENCY > 1 ? `, ${config.WEB_CONCURRENCY} processes` : "";
    log.info({ url, site: config.PUBLIC_WEB_URL, processes: config.WEB_CONCURRENCY }, "API ready");
    console.log(`[api] GraphQL on ${url} (site: ${config.PUBLIC_WEB_URL}${processes})`);
    const serving = server;
    onStopSignal(log, async () => {
      await serving.close(SHUTDOWN_GRACE_MS);
      await worker?.stop();
      await db.close();
    });
  } catch (error) {
    await server?.close(0);
    await db.close();
    throw error;
  }
}

/** One of WEB_CONCURRENCY HTTP processes: the primary has opened the database and passed its URL. */
async function serveHttp(config: Config, log: Logger): Promise<void> {
  const db = await connectDatabase(config.DATABASE_URL!, { poolSize: config.DB_POOL_SIZE, logSql: config.LOG_SQL, log });
  const server = await startServer(db.ds, config, { log });
  reportListening(server.url);
  const stop = onStopSignal(log, async () => {
    await server.close(SHUTDOWN_GRACE_MS);
    await db.close();
  });
  // The primary is gone (killed, or crashed): nothing would replace or stop this process.
  process.on("disconnect", () => void stop("primary gone"));
}

/** Runs `shutdown` once on SIGINT or SIGTERM (or when the returned function is called), then exits. */
function onStopSignal(log: Logger, shutdown: () => Promise<void>): (reason: string) => Promise<void> {
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal: reason }, "shutting down: finishing requests in flight");
    try {
      await shutdown();
      log.info("stopped");
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  return stop;
}

main().catch((error: unknown) => {
  console.error("[api] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
