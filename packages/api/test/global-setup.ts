import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { createDataSource } from "../src/db/data-source";
import { startEmbeddedPostgres } from "../src/db/embedded";
import { migrate } from "../src/db/migrate";
import { createLogger } from "../src/shared/log/logger";
import { freePort } from "./support/free-port";

export const TEMPLATE_DB = "hiredinai_template";

/**
 * Starts one embedded Postgres for the whole run and migrates a template database; each Jest
 * worker then clones the template into a database of its own (see test/support/database.ts).
 */
export default async function globalSetup(): Promise<void> {
  // A free port rather than a fixed one: several runs may share the machine.
  const port = Number(process.env.TEST_PG_PORT ?? (await freePort()));
  const log = createLogger("warn"); // a failed start or a restart is worth seeing
  const pg = await startEmbeddedPostgres({
    dir: mkdtempSync(join(tmpdir(), "hiredinai-test-pg-")),
    port,
    persistent: false,
    database: TEMPLATE_DB,
    log,
  });
  (globalThis as { __pg?: typeof pg }).__pg = pg;
  const ds = createDataSource({ url: pg.url });
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  const client = new Client({ connectionString: pg.url.replace(/\/[^/]+$/, "/postgres") });
  await client.connect();
  await client.query(`ALTER DATABASE ${TEMPLATE_DB} WITH is_template = true`);
  await client.end();
  process.env.TEST_PG_URL = pg.url;
}
