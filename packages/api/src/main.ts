import "reflect-metadata";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startServer } from "./app/server";
import { loadConfig } from "./config/config";
import { openDatabase } from "./db/database";

/** The repository's .env, if there is one; real environment variables win. */
const ENV_FILE = resolve(__dirname, "../../../.env");

async function main(): Promise<void> {
  if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
  const config = loadConfig();
  const db = await openDatabase(config);
  const server = await startServer(db.ds, config);
  console.log(`[api] GraphQL on ${server.url.replace("127.0.0.1", "localhost")}/graphql (site: ${config.PUBLIC_WEB_URL})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[api] ${signal}: shutting down`);
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("[api] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
