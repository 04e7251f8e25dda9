import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import type { Logger } from "../shared/log/logger";
import { createDataSource } from "./data-source";
import { startEmbeddedPostgres } from "./embedded";
import { migrate } from "./migrate";
import { seed } from "./seed/seed";

export interface Database {
  ds: DataSource;
  /** The connection string: DATABASE_URL, or the embedded server's. */
  url: string;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded Postgres when there is none; then migrates,
 * and seeds an empty database when SEED is on (the default for the embedded one). The embedded
 * server is restarted if it dies, and stopped by close(); a DATABASE_URL server is never stopped.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, persistent: true, log });
  const url = config.DATABASE_URL ?? embedded!.url;
  const ds = createDataSource({ url, poolSize: config.DB_POOL_SIZE, logSql: config.LOG_SQL, log });
  try {
    await ds.initialize();
    const applied = await migrate(ds);
    if (applied.length) log.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    if (config.SEED ?? embedded != null) {
      const { seeded } = await seed(ds);
      if (seeded) log.info("seeded the demo data set");
    }
  } catch (error) {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    ds,
    url,
    async close() {
      try {
        await ds.destroy();
      } finally {
        await embedded?.stop();
      }
    },
  };
}

/** Connects to a database another process opened (migrated and seeded): no migration, no seed, never stopped. */
export async function connectDatabase(url: string, options: { poolSize: number; logSql?: boolean; log?: Logger }): Promise<Database> {
  const ds = createDataSource({ url, ...options });
  await ds.initialize();
  return { ds, url, close: () => ds.destroy() };
}
