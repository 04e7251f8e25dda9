import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";
import { createLogger } from "../shared/log/logger";
import { generateBulk } from "../db/seed/generate";

const USAGE = "usage: pnpm db:seed [--jobs N] [--companies N]   (adds N generated jobs/companies for benchmarks)";

/** Migrates, loads the demo data set into an empty database and, with --jobs, a large generated one. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { jobs: { type: "string" }, companies: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) return console.log(USAGE);
  const jobs = Number(values.jobs ?? 0);
  const companies = Number(values.companies ?? (jobs ? Math.ceil(jobs / 20) : 0));
  if (!Number.isInteger(jobs) || jobs < 0 || !Number.isInteger(companies) || companies < 0) throw new Error(USAGE);

  const config = { ...loadConfig(), SEED: true };
  const db = await openDatabase(config, createLogger(config.LOG_LEVEL));
  try {
    if (jobs > 0) {
      const started = Date.now();
      await generateBulk(db.ds, { jobs, companies });
      await db.ds.query("ANALYZE");
      console.log(`[db] generated ${jobs} jobs and ${companies} companies in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
