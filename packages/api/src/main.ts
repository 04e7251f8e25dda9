import "reflect-metadata";
import { startServer } from "./app/server";
import { loadConfig } from "./config/config";
import { openDatabase } from "./db/database";

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const server = await startServer(db.ds, config);
  console.log(`[api] GraphQL on http://localhost:${config.PORT}/graphql (site: ${config.PUBLIC_WEB_URL})`);

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
