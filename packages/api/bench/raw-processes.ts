/**
 * The raw SQL yardstick (bench/raw-sql.ts) in PROCESSES processes on one port, as the API runs with
 * WEB_CONCURRENCY: the same cluster code (src/app/cluster.ts). Started by bench/processes.ts.
 */
import cluster from "node:cluster";
import { forkServers, reportListening } from "../src/app/cluster";
import { createLogger } from "../src/shared/log/logger";
import { startRawServer } from "./raw-sql";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function main(): Promise<void> {
  if (cluster.isWorker) {
    const raw = await startRawServer(env("DATABASE_URL"), env("WEB_URL"), Number(env("POOL_SIZE")));
    reportListening(raw.url.replace(/\/graphql$/, ""));
    const stop = () => void raw.close().then(() => process.exit(0));
    process.on("SIGTERM", stop);
    process.on("disconnect", stop);
    return;
  }
  const group = await forkServers(Number(env("PROCESSES")), {}, createLogger("warn"));
  console.log(`[raw] listening on ${group.url}/graphql`);
  process.on("SIGTERM", () => void group.close(1_000).then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error("[raw] failed:", error);
  process.exit(1);
});
