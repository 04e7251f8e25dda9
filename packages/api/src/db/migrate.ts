import { Logger as WorkerLogger, runMigrations as runWorkerMigrations } from "graphile-worker";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/** The pg pool behind a TypeORM data source, for libraries that take one (graphile-worker). */
export function poolOf(ds: DataSource): Pool {
  return (ds.driver as PostgresDriver).master as Pool;
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
