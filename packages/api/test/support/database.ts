import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { RATE_LIMIT_TABLE } from "../../src/shared/rate-limit/rate-limiter";

const TEMPLATE_DB = "hiredinai_template";

/** URL of a database of this Jest worker's own, cloned from the migrated template. */
export async function workerDatabaseUrl(): Promise<string> {
  const base = process.env.TEST_PG_URL;
  if (!base) throw new Error("TEST_PG_URL is not set: run the tests through jest (globalSetup starts Postgres)");
  const name = `test_${process.env.JEST_WORKER_ID ?? "0"}_${process.pid}`;
  const admin = new Client({ connectionString: base.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  return base.replace(/\/[^/]+$/, `/${name}`);
}

/** A migrated database for one test file. */
export async function openTestDataSource(): Promise<DataSource> {
  const ds = createDataSource({ url: await workerDatabaseUrl(), poolSize: 5 });
  await ds.initialize();
  return ds;
}

/** Empties every table (and the rate-limit counters), so each test starts from nothing and makes its own rows. */
export async function resetDatabase(ds: DataSource): Promise<void> {
  const tables = [...ds.entityMetadatas.map((m) => m.tableName), RATE_LIMIT_TABLE].map((t) => `"${t}"`).join(", ");
  await ds.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
  // The jobs queued for those rows (send_email for an outbox id that a new row will reuse).
  await ds.query(`TRUNCATE graphile_worker._private_jobs, graphile_worker._private_job_queues`);
}
