import "reflect-metadata";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";

/** Applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
async function main(): Promise<void> {
  const db = await openDatabase({ ...loadConfig(), SEED: false });
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
