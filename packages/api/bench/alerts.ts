/**
 * `pnpm bench:alerts`: the alert digest run (`AlertRuns.runDue()`, the worker's `alerts_run_due` task)
 * over many due alerts and a day's worth of new jobs.
 *
 * Starts its own embedded Postgres, loads the demo data plus a bulk job set (once, with --data), and for
 * each size in --alerts:
 *   1. empties alerts (alert_deliveries cascade), the outbox and graphile-worker's jobs, and unpublishes
 *      --new-jobs live jobs (DRAFT) so that they can be published as new later;
 *   2. inserts N confirmed ACTIVE alerts in bulk (unnest, 20,000 a statement), all due, with varied
 *      criteria and their `match_*` columns resolved as AlertService.refreshMatch resolves them; then
 *      makes the same criteria through AlertService.create for a sample and checks both agree;
 *   3. in a later transaction, publishes the --new-jobs jobs (the `jobs_published_xid` trigger stamps
 *      them), then VACUUM ANALYZE;
 *   4. EXPLAIN (ANALYZE, BUFFERS) of the first batch's matching statement, exactly as runDue issues it
 *      (captured, explained, then rolled back), and then times `createServices(ds, config).alertRuns.runDue()`.
 * The table is printed and written to bench/results/alerts-latest.json. Every statement is timed by
 * kind (matching, outbox, deliveries, ...) through a wrapper around TypeORM's query runner, and each
 * batch from its transaction's BEGIN to its COMMIT on its own query runner. runDue overlaps two batches
 * (the next one matches while this one renders and writes), so statement times are SQL *in flight*,
 * summed over connections: their sum can exceed the wall time. Node's side is its CPU time
 * (process.cpuUsage), Postgres's the CPU of every process of the server (from /proc).
 *
 * Flags: --alerts LIST (10000,100000,300000) --jobs N (50000) --companies N (2000) --new-jobs N (1000)
 *        --budget S (1800; a size's run stops before its next batch after S seconds and reports what it
 *        did; 0 = no limit)
 *        --data DIR (keep the database in DIR; a later run with the same DIR skips loading)
 *        --explain (print the first batch's plan) --explain-at 1,20,100 (also EXPLAIN ANALYZE those batches of
 *        the timed run, numbered in the order their matching statements start, just before they run; not
 *        counted in the timings)
 *        --profile (CPU profile of each timed run's Node side; slows it, so the timings are not comparable)
 * Env:   BENCH_PG_PORT (55110)
 *
 * It is a report, not a test: missed targets still exit 0. Real errors exit 1.
 */
import "./production-env";
import "reflect-metadata";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner";
import { createServices, type Services } from "../src/app/services";
import { loadConfig } from "../src/config/config";
import { sqlCounter } from "../src/db/sql-counter";
import { canonicalCriteria, criteriaHash, type CriteriaFields } from "../src/features/alerts/alert-criteria";
import { ALERT_BATCH_SIZE, DIGEST_JOB_LIMIT } from "../src/features/alerts/alert-runs";
import type { AlertCriteria } from "../src/features/alerts/alert.entity";
import { AlertFrequency } from "../src/features/alerts/alert.enums";
import type { CreateAlertInput } from "../src/features/alerts/alert.inputs";
import { alertDigestEmail } from "../src/features/email";
import { EmploymentType, RemotePolicy, Seniority } from "../src/features/jobs/job.enums";
import { Random } from "../src/db/seed/random";
import { toUsd } from "../src/shared/money/money";
import { API_DIR, benchLog, Cleanups, fmt, LIVE, machineInfo, startBenchDatabase, writeResults } from "./support";

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  alerts: number[];
  jobs: number;
  companies: number;
  newJobs: number;
  data: string | null;
  explain: boolean;
  /** Batches of the timed run (1 = the first) whose matching statement is also EXPLAIN ANALYZEd, just before it runs. */
  explainAt: number[];
  profile: boolean;
  /** Seconds a size's run may take; then it stops before its next batch and reports what it did (0: no limit). */
  budget: number;
  pgPort: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    alerts: [10_000, 100_000, 300_000],
    jobs: 50_000,
    companies: 2_000,
    newJobs: 1_000,
    data: null,
    explain: false,
    explainAt: [],
    profile: false,
    budget: 1800,
    pgPort: Number(process.env.BENCH_PG_PORT ?? 55110),
  };
  const numeric: Record<string, "jobs" | "companies" | "newJobs" | "budget"> = {
    "--jobs": "jobs",
    "--companies": "companies",
    "--new-jobs": "newJobs",
    "--budget": "budget",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") continue;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--explain") opts.explain = true;
    else if (flag === "--explain-at") {
      const raw = inline ?? argv[++i] ?? "";
      const at = raw.split(",").map((x) => Number(x.trim()));
      if (!raw || at.some((k) => !Number.isInteger(k) || k < 1))
        throw new Error(`--explain-at needs batch numbers such as 1,50,150, got ${raw}`);
      opts.explainAt = at;
    } else if (flag === "--profile") opts.profile = true;
    else if (flag === "--data") {
      const raw = inline ?? argv[++i];
      if (!raw) throw new Error("--data needs a folder");
      opts.data = path.resolve(raw);
    } else if (flag === "--alerts") {
      const raw = inline ?? argv[++i];
      const sizes = (raw ?? "").split(",").map((s) => Number(s.trim().replace(/_/g, "")));
      if (!raw || sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`--alerts needs sizes such as 10000,100000, got ${raw}`);
      opts.alerts = sizes;
    } else if (flag in numeric) {
      const raw = inline ?? argv[++i];
      const value = Number(raw);
      if (raw == null || !Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a non-negative integer, got ${raw}`);
      opts[numeric[flag]] = value;
    } else {
      throw new Error(
        `Unknown argument ${arg}. Flags: --alerts 10000,100000 --jobs N --companies N --new-jobs N --budget S --data DIR --explain --explain-at LIST --profile`,
      );
    }
  }
  if (!Number.isInteger(opts.pgPort) || opts.pgPort < 1 || opts.pgPort > 65535)
    throw new Error(`BENCH_PG_PORT is not a port: ${process.env.BENCH_PG_PORT}`);
  if (opts.newJobs < 1) throw new Error("--new-jobs must be at least 1");
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Criteria: what people save as alerts

/**
 * Searches people save, of every breadth: a rare skill, a field, two-word titles, company names, tags,
 * and websearch syntax (quotes, OR, -). Weighted: broad and title searches are the common ones.
 */
const SEARCH_TERMS: ReadonlyArray<readonly [string, number]> = [
  // broad fields and skills
  ["machine learning", 8],
  ["llm", 6],
  ["python", 5],
  ["ai", 3],
  ["deep learning", 4],
  ["generative ai", 5],
  ["data", 2],
  ["engineer", 2],
  ["computer vision", 4],
  ["nlp", 4],
  ["mlops", 3],
  ["robotics", 3],
  ["research", 2],
  ["remote", 1],
  // two-word (and longer) titles
  ["data scientist", 6],
  ["ml engineer", 6],
  ["research scientist", 4],
  ["product manager", 4],
  ["data engineer", 3],
  ["ai engineer", 5],
  ["llm engineer", 3],
  ["applied scientist", 2],
  ["research engineer", 3],
  ["product designer", 2],
  ["solutions architect", 2],
  ["account executive", 2],
  ["developer advocate", 1],
  ["analytics engineer", 1],
  ["inference engineer", 1],
  ["perception engineer", 1],
  ["machine learning engineer", 4],
  ["technical product manager", 1],
  ["site reliability engineer", 1],
  // tags and tools
  ["pytorch", 3],
  ["kubernetes", 2],
  ["rag", 2],
  ["vector search", 1],
  ["fine-tuning", 1],
  ["langchain", 1],
  ["huggingface", 1],
  ["snowflake", 1],
  ["dbt", 1],
  ["figma", 1],
  ["spark", 1],
  ["terraform", 1],
  ["ros", 1],
  ["tensorrt", 1],
  ["vllm", 1],
  ["causal inference", 1],
  ["recommender systems", 1],
  // rare skills
  ["triton kernels", 1],
  ["jax", 1],
  ["cuda", 1],
  ["rust", 1],
  ["reinforcement learning", 1],
  ["speech recognition", 1],
  ["slam", 1],
  ["bayesian", 1],
  // company names (the demo's and the bulk generator's)
  ["Cobaltmind", 1],
  ["Vectorloom", 1],
  ["Quillstone Labs", 1],
  ["Halyard Robotics", 1],
  ["Kestrel Speech", 1],
  ["Promptwise", 1],
  ["Emberforge", 1],
  // websearch syntax
  ['"large language model"', 1],
  ["llm or rag", 1],
  ["python -sales", 1],
  ['"computer vision" senior', 1],
];

const SENIORITIES = Object.values(Seniority);
const EMPLOYMENT_TYPES = Object.values(EmploymentType);
const REMOTE = Object.values(RemotePolicy);
const FREQUENCIES: ReadonlyArray<readonly [AlertFrequency, number]> = [
  [AlertFrequency.INSTANT, 15],
  [AlertFrequency.DAILY, 60],
  [AlertFrequency.WEEKLY, 25],
];
const TIME_ZONES: ReadonlyArray<readonly [string, number]> = [
  ["UTC", 30],
  ["America/New_York", 20],
  ["America/Los_Angeles", 15],
  ["Europe/London", 12],
  ["Europe/Berlin", 10],
  ["Asia/Kolkata", 8],
  ["Asia/Singapore", 5],
];
/** A minimum salary as people type it: currency and plausible yearly figures (step, range). */
const SALARIES: ReadonlyArray<readonly [{ currency: string; min: number; max: number; step: number }, number]> = [
  [{ currency: "USD", min: 80_000, max: 260_000, step: 10_000 }, 60],
  [{ currency: "EUR", min: 50_000, max: 150_000, step: 5_000 }, 12],
  [{ currency: "GBP", min: 50_000, max: 150_000, step: 5_000 }, 12],
  [{ currency: "CAD", min: 90_000, max: 200_000, step: 10_000 }, 6],
  [{ currency: "INR", min: 1_500_000, max: 6_000_000, step: 500_000 }, 5],
  [{ currency: "CHF", min: 100_000, max: 220_000, step: 10_000 }, 5],
];

interface Reference {
  categories: string[];
  /** Location slugs with how often people pick them. */
  locations: ReadonlyArray<readonly [string, number]>;
  companies: string[];
  tags: string[];
}

function makeCriteria(rng: Random, ref: Reference): AlertCriteria {
  const some = <T>(items: readonly T[], max: number) => rng.sample(items, rng.int(1, max));
  const fields: CriteriaFields = {};
  if (rng.chance(0.85)) fields.query = rng.weighted(SEARCH_TERMS);
  if (rng.chance(0.35)) fields.categories = some(ref.categories, 2);
  if (rng.chance(0.35)) fields.seniorities = some(SENIORITIES, 2);
  if (rng.chance(0.08)) fields.employmentTypes = some(EMPLOYMENT_TYPES, 2);
  if (rng.chance(0.3)) fields.remote = some(REMOTE, 2);
  if (rng.chance(0.3)) {
    const n = rng.int(1, 3);
    const picked = new Set<string>();
    while (picked.size < n) picked.add(rng.weighted(ref.locations));
    fields.locations = [...picked];
  }
  if (rng.chance(0.06)) fields.companies = some(ref.companies, 2);
  if (rng.chance(0.15)) fields.tags = some(ref.tags, 2);
  if (rng.chance(0.2)) {
    const s = rng.weighted(SALARIES);
    fields.salaryMin = s.min + s.step * rng.int(0, Math.floor((s.max - s.min) / s.step));
    fields.salaryCurrency = s.currency;
  }
  return canonicalCriteria(fields);
}

interface AlertSpec {
  email: string;
  criteria: AlertCriteria;
  hash: string;
  frequency: AlertFrequency;
  timeZone: string;
  sendHour: number;
  sendWeekday: number;
  usd: number | null;
}

function makeAlert(rng: Random, ref: Reference, n: number, tag: string): AlertSpec {
  const criteria = makeCriteria(rng, ref);
  return {
    email: `bench-${tag}-${n}@example.com`,
    criteria,
    hash: criteriaHash(criteria),
    frequency: rng.weighted(FREQUENCIES),
    timeZone: rng.weighted(TIME_ZONES),
    sendHour: rng.int(6, 10),
    sendWeekday: rng.int(1, 5),
    // As AlertService.refreshMatch converts it.
    usd: criteria.salaryMin != null ? toUsd(criteria.salaryMin, criteria.salaryCurrency ?? "USD") : null,
  };
}

/** The slugs of a jsonb list in the criteria as a text[]. */
const list = (field: string) => `ARRAY(SELECT jsonb_array_elements_text(x.criteria->'${field}'))`;
/** Ids for slugs, in id order, as refreshMatch resolves them. */
const ids = (table: string, field: string) => `ARRAY(SELECT t.id FROM ${table} t WHERE t.slug = ANY(${list(field)}) ORDER BY t.id)`;

/**
 * N alerts in one statement: confirmed, ACTIVE, due a minute ago, watermarked at this statement's
 * snapshot, with `match_*` resolved in SQL the way AlertService.refreshMatch does it.
 */
const INSERT_ALERTS = `
  INSERT INTO alerts (email, criteria, criteria_hash, frequency, time_zone, send_hour, send_weekday, status, confirmed_at,
    confirmation_sent_at, watermark, next_run_at, match_query, match_category_ids, match_location_ids, match_company_ids,
    match_seniorities, match_employment_types, match_remote, match_tags, match_salary_min_usd)
  SELECT x.email, x.criteria, x.hash, x.frequency::alert_frequency, x.tz, x.hour, x.weekday, 'ACTIVE', now(),
    now(), pg_current_snapshot(), now() - interval '1 minute',
    CASE WHEN x.criteria->>'query' IS NOT NULL THEN websearch_to_tsquery('english', x.criteria->>'query') END,
    ${ids("job_categories", "categories")},
    ${ids("locations", "locations")},
    ${ids("companies", "companies")},
    ${list("seniorities")}::seniority[],
    ${list("employmentTypes")}::employment_type[],
    ${list("remote")}::remote_policy[],
    ${list("tags")}::text[],
    x.usd
  FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::text[], $5::text[], $6::smallint[], $7::smallint[], $8::int[])
    AS x(email, criteria, hash, frequency, tz, hour, weekday, usd)`;

const INSERT_CHUNK = 20_000;

// ---------------------------------------------------------------------------------------------
// Statement timing: every statement a query runner issues, by what it is (the bench's own wrapper
// around TypeORM's PostgresQueryRunner.query; src is unchanged)

type Kind = "match" | "jobLines" | "outbox" | "addJobs" | "deliveries" | "alertsUpdate" | "begin" | "commit" | "other";
const KINDS: [Kind, RegExp][] = [
  ["match", /^\s*WITH due AS/],
  ["jobLines", /^\s*SELECT j\.id, j\.slug, j\.title/],
  ["outbox", /^\s*INSERT INTO email_outbox/],
  ["addJobs", /graphile_worker\.add_jobs/],
  ["deliveries", /^\s*INSERT INTO alert_deliveries/],
  ["alertsUpdate", /^\s*UPDATE alerts a SET watermark/],
  ["begin", /^\s*(START TRANSACTION|BEGIN)/i],
  ["commit", /^\s*COMMIT/i],
];
const kindOf = (text: string): Kind => KINDS.find(([, re]) => re.test(text))?.[0] ?? "other";

/** One batch of the timed run, numbered in the order its matching statement started (batches[0] is batch 1). */
interface Batch {
  /** Its matching statement, ms. */
  matchMs: number;
  /** Its transaction, BEGIN to COMMIT on its own connection, less any --explain-at EXPLAIN in it, ms; NaN unless it committed. */
  totalMs: number;
  /** Due alerts its matching statement returned (0: the empty batch that ends a run). */
  alerts: number;
}

/** A transaction open on one query runner (one pooled connection), from its BEGIN to its COMMIT or ROLLBACK. */
interface OpenTransaction {
  started: number;
  /** --explain-at time inside it, taken out of its batch's totalMs. */
  excludedMs: number;
  /** Its batch, once its matching statement has started. */
  batch: Batch | null;
}

interface Timing {
  on: boolean;
  /** Time in flight of each kind of statement, summed over connections (two batches overlap, so more than the wall time in all). */
  ms: Record<Kind, number>;
  count: Record<Kind, number>;
  /** Each batch, in the order it started matching (the last is the empty one that ends the run). */
  batches: Batch[];
  /** The transactions open now, by the query runner whose `query` runs them (runDue keeps two in flight). */
  open: Map<PostgresQueryRunner, OpenTransaction>;
  /** Matching statements started so far in the timed run: the number of the batch that is starting to match. */
  matchesStarted: number;
  /** performance.now() after which the next batch is refused (--budget). */
  deadline: number | null;
  /** Set to capture the next matching statement: it is EXPLAINed instead of run, and the batch aborted. */
  explain: { plan: string[] | null; text: string; values: unknown[] } | null;
  /** --explain-at: which batches of the timed run to explain, and their plans. */
  explainAt: Set<number>;
  midPlans: Record<number, string[]>;
  /** Time spent in those EXPLAINs: taken out of the run's time (and their batch's). */
  excludedMs: number;
}
const zero = (): Record<Kind, number> => ({
  match: 0,
  jobLines: 0,
  outbox: 0,
  addJobs: 0,
  deliveries: 0,
  alertsUpdate: 0,
  begin: 0,
  commit: 0,
  other: 0,
});
const timing: Timing = {
  on: false,
  ms: zero(),
  count: zero(),
  batches: [],
  open: new Map(),
  matchesStarted: 0,
  deadline: null,
  explain: null,
  explainAt: new Set(),
  midPlans: {},
  excludedMs: 0,
};

/** The end of a transaction that is not committed (not a ROLLBACK TO SAVEPOINT); counted as "other". */
const ROLLBACK = /^\s*ROLLBACK\s*;?\s*$/i;
/** Rows a statement answered: plain rows, or TypeORM's structured result. */
const rowCount = (result: unknown): number =>
  Array.isArray(result) ? result.length : ((result as { records?: unknown[] } | null)?.records?.length ?? 0);

class Explained extends Error {}
class OverBudget extends Error {}

function instrumentQueries(): void {
  const original = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, text: string, values?: any, structured?: boolean) {
    const kind = kindOf(text);
    if (kind === "match" && timing.explain && !timing.explain.plan) {
      const rows = await original.call(this, `EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      timing.explain = { plan: rows.map((r: Record<string, string>) => r["QUERY PLAN"]), text, values: values ?? [] };
      throw new Explained("explained");
    }
    if (!timing.on) return original.call(this, text, values, structured);
    // This query runner's transaction, if it is in one (runDue's batches each run on their own).
    const tx = timing.open.get(this);
    let batch: Batch | null = null;
    if (kind === "match") {
      // Out of time: refuse the next batch before it matches anything. Its transaction rolls back empty, and
      // runDue throws once the batch still in flight has committed (runSize catches OverBudget).
      if (timing.deadline != null && performance.now() > timing.deadline) throw new OverBudget("over budget");
      // Numbered as it starts: batch k+1 starts matching while batch k still renders and writes.
      const number = ++timing.matchesStarted;
      if (timing.explainAt.has(number)) {
        // Same transaction, same snapshot rules: the plan this batch gets. Not counted in the timings.
        const explainStarted = performance.now();
        const rows = await original.call(this, `EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
        timing.midPlans[number] = rows.map((r: Record<string, string>) => r["QUERY PLAN"]);
        const ms = performance.now() - explainStarted;
        timing.excludedMs += ms;
        if (tx) tx.excludedMs += ms;
      }
      batch = { matchMs: NaN, totalMs: NaN, alerts: 0 };
      timing.batches[number - 1] = batch;
      if (tx) tx.batch = batch;
    }
    const started = performance.now();
    if (kind === "begin") timing.open.set(this, { started, excludedMs: 0, batch: null });
    try {
      const result = await original.call(this, text, values, structured);
      if (batch) batch.alerts = rowCount(result);
      if (kind === "commit" && tx) {
        if (tx.batch) tx.batch.totalMs = Math.round(performance.now() - tx.started - tx.excludedMs);
        timing.open.delete(this);
      }
      return result;
    } finally {
      const ms = performance.now() - started;
      timing.ms[kind] += ms;
      timing.count[kind] += 1;
      if (batch) batch.matchMs = Math.round(ms);
      // Rolled back (a refused or failed batch, or a failed COMMIT): the transaction ends without a total.
      if (tx && ROLLBACK.test(text)) timing.open.delete(this);
    }
  } as typeof original;
}

// ---------------------------------------------------------------------------------------------
// CPU of the Postgres server (from /proc; Linux only, else null): the postmaster and every process it
// forked, including backends that connect during the run and processes that end during it.

interface ProcStat {
  ppid: number;
  /** utime + stime, clock ticks. */
  ticks: number;
  /** cutime + cstime: the CPU of its children that ended and that it waited for, clock ticks. */
  endedChildrenTicks: number;
}

function procStat(pid: number | string): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "pid (comm) ": state, ppid, ... utime, stime, cutime, cstime (fields 14 to 17 of the line).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return {
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      endedChildrenTicks: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null; // no /proc, or the process ended
  }
}

/** The postmaster of the server `ds` is connected to: the parent of this connection's backend. */
async function postmasterPid(ds: DataSource): Promise<number | null> {
  const [{ pid }]: { pid: number }[] = await ds.query(`SELECT pg_backend_pid() AS pid`);
  return procStat(pid)?.ppid ?? null;
}

/**
 * CPU seconds the whole server has used so far: the postmaster's own, its live children's (backends,
 * parallel and background workers, checkpointer, ...), and those of its children that have ended (the
 * postmaster reaps them, so the kernel adds them to its cutime/cstime). The difference of two readings is
 * the CPU in between, whatever started or ended meanwhile (a process that started counts from 0).
 */
function serverCpuSeconds(postmaster: number | null): number | null {
  if (postmaster == null) return null;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  let ticks = 0;
  for (const name of entries) {
    if (!/^\d+$/.test(name) || Number(name) === postmaster) continue;
    const child = procStat(name);
    if (child?.ppid === postmaster) ticks += child.ticks;
  }
  // Read last: a child reaped between its own reading and this one is counted twice (a few ticks), none is missed.
  const own = procStat(postmaster);
  if (!own) return null; // the server is gone (restarted: another postmaster)
  return (ticks + own.ticks + own.endedChildrenTicks) / 100; // USER_HZ
}

// ---------------------------------------------------------------------------------------------
// A CPU profile of the Node side (--profile): the functions with the most self time

async function withProfile<T>(
  run: () => Promise<T>,
  file: string,
): Promise<{ result: T; top: { fn: string; selfMs: number; pct: number }[] }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 1000 });
  await session.post("Profiler.start");
  let result: T;
  let profile: Awaited<ReturnType<typeof stop>>["profile"];
  const stop = () => session.post("Profiler.stop");
  try {
    result = await run();
  } finally {
    profile = (await stop()).profile;
    session.disconnect();
  }
  writeFileSync(file, JSON.stringify(profile));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i])!;
    const cf = node.callFrame;
    const where = cf.url ? `${cf.url.replace(/^.*node_modules\//, "").replace(/^.*\/packages\/api\//, "")}:${cf.lineNumber + 1}` : "";
    const key = `${cf.functionName || "(anonymous)"} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([fn, ms]) => ({ fn, selfMs: Math.round(ms), pct: Math.round((ms / total) * 1000) / 10 }));
  return { result: result!, top };
}

// ---------------------------------------------------------------------------------------------
// One size

interface Row {
  /** Alerts due. */
  alerts: number;
  /** False when --budget ran out first: the figures are then for the `ran` alerts of the batches that completed. */
  finished: boolean;
  ran: number;
  emails: number;
  deliveries: number;
  candidates: number;
  /** Batches that matched alerts (the empty statement that ends a run is not counted). */
  batches: number;
  seconds: number;
  alertsPerSec: number;
  msPerBatch: number;
  firstBatchMs: number | null;
  lastBatchMs: number | null;
  statements: number;
  statementsPerBatch: number;
  peakRssMiB: number;
  /** Node's CPU over the run (user + system: rendering, signing links, JSON, the driver). */
  nodeCpuSeconds: number;
  /** Every process of the Postgres server over the run (backends, workers, postmaster), from /proc. */
  postgresCpuSeconds: number | null;
  /**
   * Time in flight of each kind of statement (round trip, as the API's query runner sees it), summed over
   * connections: two batches overlap, so these add up to more than the wall time when the overlap works.
   */
  sqlMs: Record<Kind, number>;
  sqlCount: Record<Kind, number>;
  /** SQL in flight: the matching statements, the writing ones (job lines to COMMIT), and every statement. */
  matchSeconds: number;
  writeSqlSeconds: number;
  sqlInFlightSeconds: number;
  explainFirstBatchMs: number | null;
  perBatch: { matchMs: number; totalMs: number }[];
  setup: {
    insertSeconds: number;
    publishSeconds: number;
    vacuumSeconds: number;
    verified: number;
    distinctSearches: number;
    distinctQueries: number;
    withoutQuery: number;
  };
  profileTop?: { fn: string; selfMs: number; pct: number }[];
  /** --explain-at: each explained batch's execution time. */
  explainedBatches?: { batch: number; executionMs: number }[];
}

async function runSize(
  n: number,
  ctx: { ds: DataSource; services: Services; ref: Reference; opts: Options; log: (m: string) => void; runTag: string },
): Promise<{ row: Row; plan: string[] | null; midPlans: Record<number, string[]> }> {
  const { ds, services, ref, opts, log } = ctx;
  const tag = `${ctx.runTag}-${n}`;
  const rng = new Random(n);

  // 1. Nothing left from before: no alerts (their deliveries cascade), no outbox, no queued jobs; the
  //    jobs a previous size published as new are live again, and --new-jobs others are put back to DRAFT.
  log(`${fmt(n)} alerts: emptying alerts, outbox and graphile-worker jobs`);
  await ds.query(`TRUNCATE alert_deliveries, email_outbox, alerts`);
  await ds.query(`TRUNCATE graphile_worker._private_jobs`);
  await ds.query(`CREATE TABLE IF NOT EXISTS bench_alerts_unpublished (job_id integer PRIMARY KEY)`);
  await ds.transaction(async (m) => {
    await m.query(`UPDATE jobs SET status = 'PUBLISHED' WHERE id IN (SELECT job_id FROM bench_alerts_unpublished) AND status = 'DRAFT'`);
    await m.query(`TRUNCATE bench_alerts_unpublished`);
    await m.query(
      `INSERT INTO bench_alerts_unpublished (job_id)
       SELECT j.id FROM jobs j WHERE ${LIVE} AND j.published_xid IS NOT NULL ORDER BY md5(j.id::text || $1) LIMIT $2`,
      [String(n), opts.newJobs],
    );
    await m.query(`UPDATE jobs SET status = 'DRAFT' WHERE id IN (SELECT job_id FROM bench_alerts_unpublished)`);
  });

  // 2. N alerts, in bulk, in one transaction
  let started = performance.now();
  const specs: AlertSpec[] = [];
  await ds.transaction(async (m) => {
    for (let start = 0; start < n; start += INSERT_CHUNK) {
      const chunk: AlertSpec[] = [];
      for (let i = start; i < Math.min(n, start + INSERT_CHUNK); i++) chunk.push(makeAlert(rng, ref, i, tag));
      await m.query(INSERT_ALERTS, [
        chunk.map((a) => a.email),
        chunk.map((a) => JSON.stringify(a.criteria)),
        chunk.map((a) => a.hash),
        chunk.map((a) => a.frequency),
        chunk.map((a) => a.timeZone),
        chunk.map((a) => a.sendHour),
        chunk.map((a) => a.sendWeekday),
        chunk.map((a) => a.usd),
      ]);
      // Keep a sample to check against refreshMatch: a few random ones, and the first of each rarer shape.
      for (const a of chunk) {
        const rare =
          (a.criteria.salaryCurrency &&
            a.criteria.salaryCurrency !== "USD" &&
            !specs.some((s) => s.criteria.salaryCurrency === a.criteria.salaryCurrency)) ||
          (a.criteria.companies.length > 0 && !specs.some((s) => s.criteria.companies.length > 0)) ||
          (a.criteria.locations.length > 1 && !specs.some((s) => s.criteria.locations.length > 1)) ||
          (a.criteria.query?.includes('"') && !specs.some((s) => s.criteria.query?.includes('"'))) ||
          (a.criteria.query == null && !specs.some((s) => s.criteria.query == null));
        if (rare || rng.chance(20 / n)) specs.push(a);
      }
    }
  });
  const insertSeconds = (performance.now() - started) / 1000;
  const [shape] = await ds.query(
    `SELECT count(DISTINCT criteria_hash)::int AS searches, count(DISTINCT match_query::text)::int AS queries,
       count(*) FILTER (WHERE match_query IS NULL)::int AS without_query FROM alerts`,
  );
  log(
    `${fmt(n)} alerts inserted in ${insertSeconds.toFixed(1)} s: ${fmt(shape.searches)} distinct searches, ` +
      `${fmt(shape.queries)} distinct text queries, ${fmt(shape.without_query)} without one`,
  );

  // 2b. The same criteria through AlertService.create (which calls refreshMatch): the columns must agree.
  const verified = await verifyAgainstService(ds, services, specs.slice(0, 40), tag);
  log(`match_* columns agree with AlertService.refreshMatch for ${verified} sampled alerts`);
  await ds.query(`DELETE FROM email_outbox`); // only the sample's confirmation emails
  await ds.query(`TRUNCATE graphile_worker._private_jobs`);

  // 3. A day's jobs, published after every alert's watermark, in their own transaction
  started = performance.now();
  await ds.query(
    `UPDATE jobs SET status = 'PUBLISHED', posted_at = now() - random() * interval '24 hours',
       valid_through = CASE WHEN valid_through IS NULL THEN NULL ELSE greatest(valid_through, now() + interval '60 days') END
     WHERE id IN (SELECT job_id FROM bench_alerts_unpublished)`,
  );
  const publishSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await ds.query("VACUUM ANALYZE");
  const vacuumSeconds = (performance.now() - started) / 1000;
  const [state] = await ds.query(
    `SELECT (SELECT count(*)::int FROM alerts WHERE status = 'ACTIVE' AND next_run_at <= now()) AS due,
            (SELECT count(*)::int FROM jobs j WHERE ${LIVE} AND j.published_xid >= (SELECT min(pg_snapshot_xmin(watermark)) FROM alerts)) AS candidates`,
  );
  log(
    `${fmt(opts.newJobs)} jobs published (${publishSeconds.toFixed(1)} s), VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s; ${fmt(state.due)} alerts due, ${fmt(state.candidates)} candidate jobs`,
  );
  if (state.due !== n) throw new Error(`expected ${n} due alerts, found ${state.due}`);

  // 4a. The first batch's matching statement, explained in the run's own transaction (then rolled back)
  timing.explain = { plan: null, text: "", values: [] };
  try {
    await services.alertRuns.runDue();
    throw new Error("runDue finished without issuing its matching statement");
  } catch (error) {
    if (!(error instanceof Explained)) throw error;
  }
  const plan = timing.explain.plan;
  timing.explain = null;
  const explainMs = plan ? Number(/Execution Time: ([\d.]+) ms/.exec(plan.join("\n"))?.[1] ?? NaN) : null;
  log(`EXPLAIN ANALYZE of batch 1 (${ALERT_BATCH_SIZE} alerts): ${explainMs?.toFixed(0)} ms`);

  // 4b. The run
  const postmaster = await postmasterPid(ds);
  timing.ms = zero();
  timing.count = zero();
  timing.batches = [];
  timing.open = new Map();
  timing.matchesStarted = 0;
  timing.explainAt = new Set(opts.explainAt);
  timing.midPlans = {};
  timing.excludedMs = 0;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const statementsBefore = sqlCounter.total();
  const cpuBefore = process.cpuUsage();
  const pgCpuBefore = serverCpuSeconds(postmaster);
  // Every alert the run takes gets a next run after its batch's now(), which is after this.
  const [{ at: runStartedAt }] = await ds.query(`SELECT clock_timestamp()::text AS at`);
  started = performance.now();
  timing.deadline = opts.budget > 0 ? started + opts.budget * 1000 : null;
  timing.on = true;
  let result: { alerts: number; emails: number } | null = null;
  let profileTop: Row["profileTop"];
  try {
    if (opts.profile) {
      const file = path.join(API_DIR, "bench", "results", `alerts-${n}.cpuprofile`);
      const profiled = await withProfile(() => services.alertRuns.runDue(), file);
      result = profiled.result;
      profileTop = profiled.top;
      log(`CPU profile written to ${path.relative(process.cwd(), file)}`);
    } else {
      result = await services.alertRuns.runDue();
    }
  } catch (error) {
    // A batch refused for the budget: runDue has let the one in flight commit, then thrown; report what ran.
    if (!(error instanceof OverBudget)) throw error;
  } finally {
    timing.on = false;
    timing.deadline = null;
    clearInterval(sampler);
  }
  const wallMs = performance.now() - started - timing.excludedMs;
  const midPlans = timing.midPlans;
  timing.explainAt = new Set();
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const cpu = process.cpuUsage(cpuBefore);
  const pgCpuAfter = serverCpuSeconds(postmaster);
  // The same server throughout (the embedded one is restarted if it dies): else its CPU is unknown.
  const samePostmaster = postmaster != null && (await postmasterPid(ds)) === postmaster;
  const statements = sqlCounter.total() - statementsBefore;
  const finished = result != null;

  // What the run left behind must be what it reported.
  const [after] = await ds.query(
    `SELECT (SELECT count(*)::int FROM email_outbox WHERE kind = 'ALERT_DIGEST') AS emails,
            (SELECT count(*)::int FROM graphile_worker._private_jobs) AS jobs,
            (SELECT count(*)::int FROM alert_deliveries) AS deliveries,
            (SELECT count(*)::int FROM alerts WHERE status = 'ACTIVE' AND next_run_at <= $1::timestamptz AND frequency <> 'INSTANT') AS still_due`,
    [runStartedAt],
  );
  // Batches that committed having matched alerts, in the order they started (the run ends on one that finds
  // no due alert; a run out of budget on one refused before matching, which rolled back and has no entry).
  const done = timing.batches.filter((b) => b != null && Number.isFinite(b.totalMs) && b.alerts > 0);
  const batches = done.length;
  const ran = finished ? result!.alerts : done.reduce((sum, b) => sum + b.alerts, 0);
  const emails = finished ? result!.emails : after.emails;
  if (finished) {
    if (result!.alerts !== n) throw new Error(`runDue ran ${result!.alerts} alerts, expected ${n}`);
    if (after.still_due !== 0) throw new Error(`${after.still_due} daily/weekly alerts are still due after the run`);
  }
  if (after.emails !== emails || after.jobs !== emails) {
    throw new Error(`runDue queued ${emails} emails; the outbox holds ${after.emails}, graphile-worker ${after.jobs} jobs`);
  }

  const sqlMs = Object.fromEntries(Object.entries(timing.ms).map(([k, v]) => [k, Math.round(v)])) as Record<Kind, number>;
  const writeSqlMs =
    timing.ms.jobLines + timing.ms.outbox + timing.ms.addJobs + timing.ms.deliveries + timing.ms.alertsUpdate + timing.ms.commit;
  const totalSqlMs = Object.values(timing.ms).reduce((a, b) => a + b, 0);
  const perBatch = done.map((b) => ({ matchMs: b.matchMs, totalMs: b.totalMs }));
  const batchesMs = perBatch.reduce((sum, b) => sum + b.totalMs, 0);
  const row: Row = {
    alerts: n,
    finished,
    ran,
    emails,
    deliveries: after.deliveries,
    candidates: state.candidates,
    batches,
    seconds: Math.round(wallMs) / 1000,
    alertsPerSec: Math.round(ran / (wallMs / 1000)),
    msPerBatch: Math.round((wallMs / Math.max(1, batches)) * 10) / 10,
    firstBatchMs: perBatch[0]?.totalMs ?? null,
    lastBatchMs: perBatch[perBatch.length - 1]?.totalMs ?? null,
    statements,
    statementsPerBatch: Math.round((statements / Math.max(1, batches)) * 100) / 100,
    peakRssMiB: Math.round(peakRss / 2 ** 20),
    nodeCpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    postgresCpuSeconds:
      samePostmaster && pgCpuBefore != null && pgCpuAfter != null ? Math.round((pgCpuAfter - pgCpuBefore) * 100) / 100 : null,
    sqlMs,
    sqlCount: { ...timing.count },
    matchSeconds: Math.round(timing.ms.match) / 1000,
    writeSqlSeconds: Math.round(writeSqlMs) / 1000,
    sqlInFlightSeconds: Math.round(totalSqlMs) / 1000,
    explainFirstBatchMs: explainMs,
    perBatch,
    setup: {
      insertSeconds: Math.round(insertSeconds * 10) / 10,
      publishSeconds: Math.round(publishSeconds * 10) / 10,
      vacuumSeconds: Math.round(vacuumSeconds * 10) / 10,
      verified,
      distinctSearches: shape.searches,
      distinctQueries: shape.queries,
      withoutQuery: shape.without_query,
    },
    ...(profileTop ? { profileTop } : {}),
    ...(Object.keys(midPlans).length
      ? {
          explainedBatches: Object.entries(midPlans).map(([k, p]) => ({
            batch: Number(k),
            executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(p.join("\n"))?.[1] ?? NaN),
          })),
        }
      : {}),
  };
  log(
    `${fmt(n)} alerts: ${finished ? "" : `OUT OF BUDGET after ${fmt(ran)} alerts, `}${row.seconds.toFixed(1)} s, ${fmt(row.emails)} emails, ` +
      `${fmt(row.alertsPerSec)} alerts/s, ${row.msPerBatch} ms/batch (first ${row.firstBatchMs}, last ${row.lastBatchMs}); ` +
      `batches BEGIN to COMMIT ${(batchesMs / 1000).toFixed(1)} s in all (they overlap); SQL in flight ${row.sqlInFlightSeconds.toFixed(1)} s ` +
      `(matching ${row.matchSeconds.toFixed(1)}, writes ${row.writeSqlSeconds.toFixed(1)}); CPU Node ${row.nodeCpuSeconds.toFixed(1)} s, ` +
      `Postgres ${row.postgresCpuSeconds?.toFixed(1) ?? "?"} s`,
  );
  for (const e of row.explainedBatches ?? []) log(`batch ${e.batch}: matching statement ${fmt(e.executionMs)} ms (EXPLAIN ANALYZE)`);
  return { row, plan, midPlans };
}

/**
 * Makes each sampled alert's criteria again through AlertService.create (anonymous, so PENDING; it runs
 * refreshMatch like every create) and compares the two rows' criteria, hash and match_* columns.
 * Throws on any difference: the bench would be measuring other alerts than the product makes.
 */
async function verifyAgainstService(ds: DataSource, services: Services, sample: AlertSpec[], tag: string): Promise<number> {
  const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const problems: string[] = [];
  for (let i = 0; i < sample.length; i++) {
    const spec = sample[i];
    const input = {
      email: `verify-${tag}-${i}@example.com`,
      frequency: spec.frequency,
      criteria: spec.criteria,
      timeZone: spec.timeZone,
      sendHour: spec.sendHour,
      sendWeekday: spec.sendWeekday,
    } as unknown as CreateAlertInput;
    const made = await services.alerts.create(input, { ip, user: null });
    const [cmp] = await ds.query(
      `SELECT b.match_query::text AS bq, v.match_query::text AS vq,
         (b.criteria = v.criteria) AS criteria, (b.criteria_hash = v.criteria_hash) AS hash,
         (b.match_query IS NOT DISTINCT FROM v.match_query) AS query,
         (b.match_category_ids = v.match_category_ids) AS categories, (b.match_location_ids = v.match_location_ids) AS locations,
         (b.match_company_ids = v.match_company_ids) AS companies, (b.match_seniorities = v.match_seniorities) AS seniorities,
         (b.match_employment_types = v.match_employment_types) AS employment_types, (b.match_remote = v.match_remote) AS remote,
         (b.match_tags = v.match_tags) AS tags, (b.match_salary_min_usd IS NOT DISTINCT FROM v.match_salary_min_usd) AS salary,
         row_to_json(b.*)::text AS bench_row, row_to_json(v.*)::text AS service_row
       FROM alerts b, alerts v WHERE b.email = $1 AND v.id = $2`,
      [spec.email, made.id],
    );
    if (!cmp) throw new Error(`the bench alert ${spec.email} is not in the table`);
    const differ = [
      "criteria",
      "hash",
      "query",
      "categories",
      "locations",
      "companies",
      "seniorities",
      "employment_types",
      "remote",
      "tags",
      "salary",
    ].filter((k) => cmp[k] !== true);
    if (differ.length) {
      problems.push(
        `${JSON.stringify(spec.criteria)}: ${differ.join(", ")} differ\n  bench:   ${cmp.bench_row}\n  service: ${cmp.service_row}`,
      );
    }
  }
  await ds.query(`DELETE FROM alerts WHERE email LIKE $1`, [`verify-${tag}-%`]);
  if (problems.length) throw new Error(`bench alerts differ from what AlertService makes:\n${problems.join("\n")}`);
  return sample.length;
}

// ---------------------------------------------------------------------------------------------
// Rendering alone: one digest email, as runDue renders each

function renderCost(): { msPerEmail: number; htmlBytes: number; textBytes: number } {
  const jobs = Array.from({ length: DIGEST_JOB_LIMIT }, (_, i) => ({
    title: `Senior Machine Learning Engineer, Ranking ${i}`,
    company: "Cobaltmind",
    location: "San Francisco · New York",
    salary: "$180,000–$240,000 a year",
    url: `https://hiredin.ai/jobs/senior-machine-learning-engineer-ranking-cobaltmind-b${1000 + i}`,
  }));
  const props = {
    summary: "“machine learning” · Senior · Remote · San Francisco",
    frequency: "DAILY" as const,
    jobs,
    totalCount: 42,
    seeAllUrl: "https://hiredin.ai/jobs?q=machine+learning&seniority=senior&remote=remote&location=san-francisco&days=1&sort=newest",
    manageUrl: "https://hiredin.ai/alerts/manage?token=123.0.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
    unsubscribeUrl: "https://hiredin.ai/alerts/unsubscribe?token=123.0.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
    createLikeThisUrl: "https://hiredin.ai/alerts?q=machine+learning&seniority=senior&remote=remote&location=san-francisco",
  };
  let email = alertDigestEmail(props);
  for (let i = 0; i < 200; i++) email = alertDigestEmail(props); // warm-up
  const n = 2000;
  const started = performance.now();
  for (let i = 0; i < n; i++) email = alertDigestEmail(props);
  return {
    msPerEmail: Math.round(((performance.now() - started) / n) * 1000) / 1000,
    htmlBytes: Buffer.byteLength(email.html),
    textBytes: Buffer.byteLength(email.text),
  };
}

// ---------------------------------------------------------------------------------------------
// Main

function table(rows: Row[]): string {
  const header = [
    "alerts",
    "ran",
    "emails",
    "s",
    "alerts/s",
    "ms/batch",
    "first/last batch ms",
    "SQL",
    "SQL/batch",
    "match SQL s",
    "write SQL s",
    "SQL in flight s",
    "Node CPU s",
    "EXPLAIN batch 1 ms",
    "peak RSS MiB",
  ];
  const body = rows.map((r) => [
    fmt(r.alerts),
    r.finished ? fmt(r.ran) : `${fmt(r.ran)} (budget)`,
    fmt(r.emails),
    r.seconds.toFixed(1),
    fmt(r.alertsPerSec),
    fmt(r.msPerBatch, 0),
    `${r.firstBatchMs != null ? fmt(r.firstBatchMs) : "-"} / ${r.lastBatchMs != null ? fmt(r.lastBatchMs) : "-"}`,
    fmt(r.statements),
    r.statementsPerBatch.toFixed(2),
    r.matchSeconds.toFixed(1),
    r.writeSqlSeconds.toFixed(1),
    r.sqlInFlightSeconds.toFixed(1),
    r.nodeCpuSeconds.toFixed(1),
    r.explainFirstBatchMs != null ? fmt(r.explainFirstBatchMs, 0) : "-",
    fmt(r.peakRssMiB),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(" | ")} |`;
  const sep = `|${widths.map((w) => `${"-".repeat(w + 1)}:`).join("|")}|`;
  return [line(header), sep, ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const log = benchLog(Date.now(), "bench:alerts");
  const cleanups = new Cleanups("bench:alerts");
  cleanups.onSignals();
  instrumentQueries();

  try {
    const { pg, ds, counts, pgVersion } = await startBenchDatabase({ ...opts, poolSize: 10 }, cleanups, log);
    const config = loadConfig({ NODE_ENV: "production", PUBLIC_WEB_URL: "https://hiredin.ai", DATABASE_URL: pg.url, LOG_LEVEL: "warn" });
    const services = createServices(ds, config);

    // What alerts may name: every category, the cities as people pick them, a mix of the demo's and the bulk companies, real tags.
    const categories: { slug: string }[] = await ds.query(`SELECT slug FROM job_categories ORDER BY id`);
    const locations: { slug: string; jobs: number }[] = await ds.query(
      `SELECT l.slug, count(jl.job_id)::int AS jobs FROM locations l LEFT JOIN job_locations jl ON jl.location_id = l.id GROUP BY l.id ORDER BY l.id`,
    );
    const companies: { slug: string }[] = await ds.query(
      `(SELECT slug FROM companies ORDER BY id LIMIT 30) UNION ALL (SELECT slug FROM companies ORDER BY md5(id::text) LIMIT 300)`,
    );
    const tags: { tag: string }[] = await ds.query(
      `SELECT t AS tag FROM (SELECT unnest(tags) AS t FROM jobs TABLESAMPLE SYSTEM (20)) x GROUP BY t ORDER BY count(*) DESC, t LIMIT 60`,
    );
    const ref: Reference = {
      categories: categories.map((c) => c.slug),
      locations: locations.map((l) => [l.slug, Math.max(1, l.jobs)] as const),
      companies: [...new Set(companies.map((c) => c.slug))],
      tags: tags.map((t) => t.tag),
    };
    // How often each search term matches the live jobs (the breadth of the searches people save).
    const termShare: { t: string; share: number }[] = await ds.query(
      `SELECT t, round((SELECT count(*) FROM jobs j WHERE ${LIVE} AND j.search_vector @@ websearch_to_tsquery('english', t))::numeric
         / greatest(1, (SELECT count(*) FROM jobs j WHERE ${LIVE})), 4)::float8 AS share
       FROM unnest($1::text[]) t`,
      [SEARCH_TERMS.map(([t]) => t)],
    );
    const none = termShare.filter((x) => x.share === 0).map((x) => x.t);
    log(
      `${SEARCH_TERMS.length} search terms (${none.length ? `none of the live jobs match ${none.join(", ")}` : "each matches some live job"}; ` +
        `the broadest: ${[...termShare]
          .sort((a, b) => b.share - a.share)
          .slice(0, 3)
          .map((x) => `${x.t} ${(x.share * 100).toFixed(0)}%`)
          .join(", ")}), ` +
        `${ref.categories.length} categories, ${ref.locations.length} locations, ${ref.companies.length} companies, ${ref.tags.length} tags`,
    );

    const runTag = Date.now().toString(36);
    const rows: Row[] = [];
    const plans: Record<string, string[] | null> = {};
    for (const n of opts.alerts) {
      const { row, plan, midPlans } = await runSize(n, { ds, services, ref, opts, log, runTag });
      for (const [k, p] of Object.entries(midPlans)) plans[`${n}@batch${k}`] = p;
      rows.push(row);
      plans[n] = plan;
      if (opts.explain && plan) {
        console.log(`\n=== EXPLAIN (ANALYZE, BUFFERS) of the first batch, ${fmt(n)} alerts\n${plan.map((l) => `    ${l}`).join("\n")}\n`);
      }
    }
    // Leave the jobs as they were loaded: the last size's new jobs stay published, nothing is DRAFT for the bench.
    await ds.query(`TRUNCATE bench_alerts_unpublished`);

    const render = renderCost();
    log(`one digest email renders in ${render.msPerEmail} ms (${fmt(render.htmlBytes)} bytes of HTML, ${fmt(render.textBytes)} of text)`);

    // Report
    const machine = machineInfo(pgVersion);
    // Time per alert, relative to the first size (1.00 = linear). A run out of budget counts the alerts it did.
    const base = rows[0];
    const perAlert = (r: Row) => r.seconds / Math.max(1, r.ran);
    const growth = rows.map((r) => ({
      alerts: r.alerts,
      ran: r.ran,
      finished: r.finished,
      seconds: r.seconds,
      secondsPer10k: Math.round(perAlert(r) * 10_000 * 100) / 100,
      vsFirst: Math.round((perAlert(r) / perAlert(base)) * 100) / 100,
    }));
    const at100k = rows.find((r) => r.alerts === 100_000);
    const target = at100k
      ? {
          alerts: 100_000,
          newJobs: opts.newJobs,
          maxSeconds: 60,
          finished: at100k.finished,
          seconds: at100k.seconds,
          met: at100k.finished && at100k.seconds < 60,
        }
      : null;
    console.log("");
    console.log(`Machine:  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}`);
    console.log(`Software: Node ${machine.node}, PostgreSQL ${machine.postgres}`);
    console.log(
      `Data:     ${fmt(counts.jobs)} jobs (${fmt(counts.live)} live), ${fmt(counts.companies)} companies; ${fmt(opts.newJobs)} new jobs per run; ` +
        `batches of ${ALERT_BATCH_SIZE}, at most ${DIGEST_JOB_LIMIT} jobs an email`,
    );
    console.log("");
    console.log(table(rows));
    console.log("");
    console.log(
      `Growth (seconds per 10k alerts; 1.00 = linear from ${fmt(base.alerts)}): ` +
        growth
          .map(
            (g) => `${fmt(g.alerts)}${g.finished ? "" : ` (${fmt(g.ran)} ran)`}: ${g.secondsPer10k.toFixed(2)} s (${g.vsFirst.toFixed(2)})`,
          )
          .join(", "),
    );
    console.log(
      "SQL in flight by kind (s, summed over connections: more than the wall time when the batches overlap): " +
        rows
          .map(
            (r) =>
              `${fmt(r.alerts)}: ` +
              Object.entries(r.sqlMs)
                .filter(([, v]) => v > 0)
                .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
                .join(", "),
          )
          .join(" | "),
    );
    console.log(
      "CPU (s): " +
        rows
          .map((r) => `${fmt(r.alerts)}: Node ${r.nodeCpuSeconds.toFixed(1)}, Postgres ${r.postgresCpuSeconds?.toFixed(1) ?? "?"}`)
          .join(" | "),
    );
    console.log(`Rendering one digest alone: ${render.msPerEmail} ms`);
    if (target) {
      console.log(
        `Target 100,000 alerts x ${fmt(opts.newJobs)} new jobs < 60 s: ` +
          `${target.finished ? `${target.seconds.toFixed(1)} s` : `did not finish in the ${opts.budget} s budget`} -> ${target.met ? "MET" : "NOT MET"}`,
      );
    }
    for (const r of rows.filter((x) => x.profileTop)) {
      console.log(`\nCPU profile, ${fmt(r.alerts)} alerts (self time, top 25):`);
      for (const t of r.profileTop!) console.log(`  ${String(t.selfMs).padStart(7)} ms ${t.pct.toFixed(1).padStart(5)}%  ${t.fn}`);
    }

    const out = writeResults("alerts-latest.json", {
      date: new Date().toISOString(),
      machine,
      settings: {
        ...opts,
        batchSize: ALERT_BATCH_SIZE,
        digestJobLimit: DIGEST_JOB_LIMIT,
        jobsLoaded: counts.jobs,
        liveJobs: counts.live,
        companiesLoaded: counts.companies,
        searchTerms: Object.fromEntries(termShare.map((x) => [x.t, x.share])),
      },
      rows,
      growth,
      target,
      render,
      plans,
    });
    console.log(`\nWrote ${path.relative(process.cwd(), out) || out}`);
  } finally {
    await cleanups.run();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("\n[bench:alerts] FAILED:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
