import "reflect-metadata";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Client } from "pg";
import { createServices } from "../app/services";
import { loadConfig, type Config } from "../config/config";
import { connectDatabase, openDatabase, type Database } from "../db/database";
import { embeddedUrl } from "../db/embedded";
import { createLogger } from "../shared/log/logger";
import { normaliseEmail } from "../shared/text/email";

const USAGE = "usage: pnpm admin:create <email>   (makes the account an admin and prints a one-time link to set its password)";

/** The running site's embedded Postgres when `pnpm start` has it up; otherwise the database the API would open. */
async function open(config: Config): Promise<Database> {
  if (!config.DATABASE_URL) {
    const url = embeddedUrl(config.EMBEDDED_PG_PORT);
    const probe = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    const running = await probe.connect().then(
      () => true,
      () => false,
    );
    await probe.end().catch(() => undefined);
    if (running) return connectDatabase(url, { poolSize: 1 });
  }
  return openDatabase(config, createLogger("warn"));
}

/** Creates the first admin (or promotes an account): there is never a default password, only a link that works once, for a day. */
async function main(): Promise<void> {
  const email = process.argv[2];
  if (!email || email === "--help" || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(USAGE);
  const envFile = resolve(__dirname, "../../../../.env");
  if (existsSync(envFile)) process.loadEnvFile(envFile); // the API's own .env (see main.ts)
  const config = loadConfig();
  const db = await open(config);
  try {
    const link = await createServices(db.ds, config).accounts.createAdmin(email);
    console.log(`${normaliseEmail(email)} is an admin. Set its password within 24 hours, once, at:\n${link}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
