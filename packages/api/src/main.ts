import "reflect-metadata";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startServer } from "./app/server";
import { createServices } from "./app/services";
import { startWorker } from "./app/worker";
import { loadConfig } from "./config/config";
import { openDatabase } from "./db/database";
import { createLogger } from "./shared/log/logger";

/** The repository's .env, if there is one; real environment variables win. */
const ENV_FILE = resolve(__dirname, "../../../.env");
/** How long requests in flight may take to finish once a shutdown starts. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log);
  const server = await startServer(db.ds, config, { log });
  // The job worker (alert digests, email delivery) runs here too unless it is deployed on its own (`pnpm worker`).
  const worker = config.WORKER_IN_PROCESS ? await startWorker(db.ds, createServices(db.ds, config), config, log) : null;
  log.info({ url: `${server.url.replace("127.0.0.1", "localhost")}/graphql`, site: config.PUBLIC_WEB_URL }, "API ready");
  console.log(`[api] GraphQL on ${server.url.replace("127.0.0.1", "localhost")}/graphql (site: ${config.PUBLIC_WEB_URL})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing requests in flight");
    try {
      await server.close(SHUTDOWN_GRACE_MS);
      await worker?.stop();
      await db.close();
      log.info("stopped");
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("[api] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
