import "reflect-metadata";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";
import { createLogger } from "../shared/log/logger";

/** Applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
async function main(): Promise<void> {
  const config = { ...loadConfig(), SEED: false };
  const db = await openDatabase(config, createLogger(config.LOG_LEVEL));
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
