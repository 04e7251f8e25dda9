import "reflect-metadata";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createServices } from "./app/services";
import { startWorker } from "./app/worker";
import { loadConfig } from "./config/config";
import { openDatabase } from "./db/database";
import { createLogger } from "./shared/log/logger";

/** The repository's .env, if there is one; real environment variables win. */
const ENV_FILE = resolve(__dirname, "../../../.env");

/**
 * The job worker on its own (`pnpm worker`), for deployments that run it apart from the API (set
 * WORKER_IN_PROCESS=false there). Stops after the jobs in hand on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase({ ...config, SEED: false }, log);
  const runner = await startWorker(db.ds, createServices(db.ds, config), config, log);
  log.info({ concurrency: config.WORKER_CONCURRENCY }, "worker ready");
  console.log(`[worker] running jobs (concurrency ${config.WORKER_CONCURRENCY})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "worker shutting down");
    await runner.stop();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("[worker] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
