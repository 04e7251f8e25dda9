/**
 * What every benchmark starts with: a clean-up stack that also runs on SIGINT/SIGTERM, its own embedded
 * Postgres (a throw-away folder, or --data's, kept for the next run), migrated, with the demo data
 * plus a bulk data set loaded once, and a description of the machine. Used by `pnpm bench` (run.ts)
 * and `pnpm bench:alerts` (alerts.ts).
 */
import "reflect-metadata";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { defaultPoolSize } from "../src/config/config";
import { createDataSource } from "../src/db/data-source";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../src/db/embedded";
import { migrate } from "../src/db/migrate";
import { generateBulk } from "../src/db/seed/generate";
import { seed } from "../src/db/seed/seed";
import { LIVE_JOB } from "../src/features/jobs/job.filter";
import { sql } from "../src/shared/db/sql";

/** The API package's folder (packages/api), above the compiled bench's dist/bench/bench/. */
export const API_DIR = (function packageDir(dir: string): string {
  return existsSync(path.join(dir, "package.json")) ? dir : packageDir(path.dirname(dir));
})(__dirname);

/** The API's own liveness condition, as text for hand-written statements (it has no values). */
export const LIVE = sql.compile(LIVE_JOB).text;

export const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** `[bench   12.3 s] message`: seconds since `started`. */
export function benchLog(started = Date.now(), tag = "bench"): (message: string) => void {
  return (message: string) => console.log(`[${tag} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

/** Clean-up steps, run last-in first-out by `run()`, and on the first SIGINT/SIGTERM (a second one exits at once). */
export class Cleanups {
  private readonly steps: (() => Promise<unknown> | unknown)[] = [];

  constructor(private readonly tag = "bench") {}

  push(step: () => Promise<unknown> | unknown): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    while (this.steps.length) {
      const fn = this.steps.pop()!;
      try {
        await fn();
      } catch (error) {
        console.error(`[${this.tag}] cleanup step failed:`, error);
      }
    }
  }

  onSignals(): void {
    let interrupted = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (interrupted) process.exit(130);
      interrupted = true;
      console.error(`\n[${this.tag}] ${signal}: cleaning up`);
      void this.run().finally(() => process.exit(130));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
}

export interface BenchDatabaseOptions {
  /** Keep the database in this folder and reuse it on the next run (no reload); null: a temporary folder. */
  data: string | null;
  pgPort: number;
  /** Bulk data generated into an empty database. */
  jobs: number;
  companies: number;
  /** Connections in the data source's pool (default: the API's, defaultPoolSize for one process). */
  poolSize?: number;
}

export interface BenchDatabase {
  pg: EmbeddedPostgres;
  ds: DataSource;
  dir: string;
  counts: { jobs: number; live: number; companies: number };
  pgVersion: string;
}

/**
 * Starts the embedded Postgres, migrates it, loads `seed()` and `generateBulk()` unless the folder
 * already holds jobs, and runs VACUUM ANALYZE (steady state: autovacuum would have set the visibility
 * map that index-only counts rely on). Everything it starts is stopped by `cleanups`.
 */
export async function startBenchDatabase(
  opts: BenchDatabaseOptions,
  cleanups: Cleanups,
  log: (message: string) => void,
): Promise<BenchDatabase> {
  // 1. Postgres: a throw-away folder, or --data's, kept for the next run
  let dir = opts.data;
  if (!dir) {
    dir = mkdtempSync(path.join(os.tmpdir(), "hiredinai-bench-"));
    const tmp = dir;
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  }
  log(`starting embedded Postgres on port ${opts.pgPort} in ${dir}`);
  const pg: EmbeddedPostgres = await startEmbeddedPostgres({ dir, port: opts.pgPort, persistent: opts.data != null });
  cleanups.push(async () => {
    // pg-pool's end() reports done before its sockets are closed; let them close before the server stops.
    await new Promise((resolve) => setTimeout(resolve, 250));
    await pg.stop();
  });
  const ds = createDataSource({ url: pg.url, poolSize: opts.poolSize ?? defaultPoolSize(1) });
  await ds.initialize();
  cleanups.push(() => ds.destroy());
  await migrate(ds);

  // 2. Data (unless --data's folder already holds it)
  const [{ n: existing }] = await ds.query(`SELECT count(*)::int AS n FROM jobs`);
  if (existing > 0) {
    log(`reusing the ${fmt(existing)} jobs already in ${dir}`);
  } else {
    log("seeding the demo data");
    await seed(ds);
    log(`generating ${fmt(opts.jobs)} jobs and ${fmt(opts.companies)} companies`);
    await generateBulk(ds, { jobs: opts.jobs, companies: opts.companies });
  }
  // Steady state: autovacuum would have set the visibility map that index-only counts rely on.
  await ds.query("VACUUM ANALYZE");
  const [counts] = await ds.query(
    `SELECT (SELECT count(*)::int FROM jobs) AS jobs, (SELECT count(*)::int FROM jobs j WHERE ${LIVE}) AS live,
            (SELECT count(*)::int FROM companies) AS companies`,
  );
  log(`loaded: ${fmt(counts.jobs)} jobs (${fmt(counts.live)} live), ${fmt(counts.companies)} companies`);
  const [{ server_version: pgVersion }] = await ds.query("SHOW server_version");
  return { pg, ds, dir, counts, pgVersion: String(pgVersion) };
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
}

export function machineInfo(pgVersion: string): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: pgVersion,
  };
}

/** Writes `bench/results/<name>` (pretty JSON) and returns its path. */
export function writeResults(name: string, value: unknown): string {
  const resultsDir = path.join(API_DIR, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const out = path.join(resultsDir, name);
  writeFileSync(out, JSON.stringify(value, null, 2) + "\n");
  return out;
}
