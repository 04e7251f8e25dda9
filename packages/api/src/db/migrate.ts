import { Logger as WorkerLogger, runMigrations as runWorkerMigrations } from "graphile-worker";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/**
 * The pg pool behind a TypeORM data source, for libraries that take one (graphile-worker). An idle
 * connection that breaks (Postgres restarted) must not crash the process: pg-pool drops it, and the
 * next query reports the outage as every query does (503, see shared/db/unavailable.ts).
 */
export function poolOf(ds: DataSource): Pool {
  const pool = (ds.driver as PostgresDriver).master as Pool;
  if (pool.listenerCount("error") === 0) pool.on("error", () => undefined);
  if (pool.listenerCount("connect") === 0) pool.on("connect", (client) => client.on("error", () => undefined));
  return pool;
}

/**
 * Brings a database up to date: our migrations, then graphile-worker's own schema. Both before
 * anything is written, because writes queue jobs in the same transaction
 * (`graphile_worker.add_job`), whether or not a worker runs in this process.
 */
export async function migrate(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: "each" });
  await runWorkerMigrations({ pgPool: poolOf(ds), logger: quietLogger });
  return applied.map((m) => m.name);
}

/** graphile-worker logs its own migrations at info; ours are reported by the caller. */
const quietLogger = new WorkerLogger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[graphile-worker] ${message}`);
});
