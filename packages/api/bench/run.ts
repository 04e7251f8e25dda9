/**
 * `pnpm bench`: throughput of the partner operations, each beside ONE hand-written SQL statement doing
 * the same work.
 *
 * Starts its own embedded Postgres, loads the demo data plus a bulk data set, serves the real API
 * in-process twice (with the result cache, and with RESULT_CACHE_SECONDS=0: the headline figures),
 * and serves the "raw SQL" yardstick (bench/raw-sql.ts: plain node:http + pg, one statement per
 * request, JSON built by Postgres). Every operation is sent rotating requests (bench/workload.ts), so
 * no cache is flattered by one request answered over and over:
 *   LatestJobs        every category, first page and page 5 (real cursors, got by paging first)
 *   SearchJobs        >= 50 queries of every breadth, with and without filters (remote, seniority, salaryMin)
 *   JobDetail         100 live jobs' slugs (raw SQL both unprepared and as a named prepared statement)
 *   CompanyProfile    100 companies with live jobs
 *   GlossaryTermPage  every glossary term
 * Each is measured with autocannon (20 connections); the table gives req/s, p50, p99, SQL statements
 * per request, the server's main-thread CPU time per request (its own cost, steadier than req/s on a shared
 * machine) and the ratio to the raw statement; results go to bench/results/latest.json.
 *
 * Flags: --jobs N (100000) --companies N (5000) --duration S (10) --connections N (20)
 *        --workers N (1; autocannon worker threads, 0 = run the load generator on the main thread)
 *        --rounds N (5; each server's --duration is measured in N slices, the servers taking turns slice by
 *          slice, so that a machine that slows down or speeds up during a run slows every server alike)
 *        --processes N (the machine's cores; raw SQL and the API with the cache off are measured again, each as
 *          N processes on one port: the API as deployed with WEB_CONCURRENCY=N; 1 = in-process servers only)
 *        --only A,B (only these operations, e.g. --only SearchJobs,JobDetail)
 *        --explain (after measuring, EXPLAIN ANALYZE every statement each operation issues)
 *        --profile (a V8 CPU profile of the API's process during each API measurement, into bench/results/)
 *        --data DIR (keep the database in DIR; a later run with the same DIR skips loading)
 * Env:   BENCH_PG_PORT (55100)
 *
 * It is a report, not a test: missed targets still exit 0. Real errors exit 1.
 */
import "./production-env";
import "reflect-metadata";
import { readFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import inspector from "node:inspector/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { Kind, parse, print, type OperationDefinitionNode } from "graphql";
import { Pool } from "pg";
import type { DataSource } from "typeorm";
import { startServer, type RunningServer } from "../src/app/server";
import { defaultPoolSize, loadConfig } from "../src/config/config";
import { createDataSource } from "../src/db/data-source";
import { ApiKeyService } from "../src/features/api-keys/api-key.service";
import { AuditService } from "../src/features/audit/audit.service";
import { sqlCounter } from "../src/db/sql-counter";
import { operationDocument } from "../src/shared/graphql/operation-document";
import { createLogger } from "../src/shared/log/logger";
import { startApiProcesses, startRawProcesses, type ServerProcesses } from "./processes";
import { rawStatements, startRawServer, type RawOperation, type RawServer } from "./raw-sql";
import { API_DIR, benchLog, Cleanups, fmt, LIVE, machineInfo, startBenchDatabase, writeResults } from "./support";
import { distinctQueries, SEARCH_QUERIES, searchRotation, writeRotator } from "./workload";

// ---------------------------------------------------------------------------------------------
// Options

const OPERATIONS: readonly RawOperation[] = ["LatestJobs", "SearchJobs", "JobDetail", "CompanyProfile", "GlossaryTermPage"];

interface Options {
  jobs: number;
  companies: number;
  duration: number;
  connections: number;
  workers: number;
  /** Each server's `duration` is measured in this many slices, the servers taking turns slice by slice. */
  rounds: number;
  /** Also measure raw SQL and the API (cache off) as groups of this many processes (1: not). */
  processes: number;
  explain: boolean;
  profile: boolean;
  only: RawOperation[];
  /** Keep the database in this folder and reuse it on the next run (no reload). */
  data: string | null;
  pgPort: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    jobs: 100_000,
    companies: 5_000,
    duration: 10,
    connections: 20,
    workers: 1,
    rounds: 5,
    processes: os.availableParallelism(),
    explain: false,
    profile: false,
    only: [...OPERATIONS],
    data: null,
    pgPort: Number(process.env.BENCH_PG_PORT ?? 55100),
  };
  const numeric: Record<string, keyof Options> = {
    "--jobs": "jobs",
    "--companies": "companies",
    "--duration": "duration",
    "--connections": "connections",
    "--workers": "workers",
    "--rounds": "rounds",
    "--processes": "processes",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") continue;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--explain") {
      opts.explain = true;
    } else if (flag === "--profile") {
      opts.profile = true;
    } else if (flag === "--data") {
      const raw = inline ?? argv[++i];
      if (!raw) throw new Error("--data needs a folder");
      opts.data = path.resolve(raw);
    } else if (flag === "--only") {
      const raw = inline ?? argv[++i];
      const names = (raw ?? "").split(",").map((s) => s.trim());
      const unknown = names.filter((n) => !OPERATIONS.includes(n as RawOperation));
      if (!raw || unknown.length) throw new Error(`--only takes a comma-separated list of ${OPERATIONS.join(", ")}; got ${raw}`);
      opts.only = names as RawOperation[];
    } else if (flag in numeric) {
      const raw = inline ?? argv[++i];
      const value = Number(raw);
      if (raw == null || !Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a non-negative number, got ${raw}`);
      (opts[numeric[flag]] as number) = value;
    } else {
      throw new Error(
        `Unknown argument ${arg}. Flags: --jobs N --companies N --duration S --connections N --workers N --rounds N --processes N --only A,B --explain --profile --data DIR`,
      );
    }
  }
  if (!Number.isInteger(opts.pgPort) || opts.pgPort < 1 || opts.pgPort > 65535)
    throw new Error(`BENCH_PG_PORT is not a port: ${process.env.BENCH_PG_PORT}`);
  if (opts.duration <= 0) throw new Error("--duration must be above 0");
  if (opts.connections < 1) throw new Error("--connections must be at least 1");
  if (!Number.isInteger(opts.processes) || opts.processes < 1) throw new Error("--processes must be a whole number, at least 1");
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1) throw new Error("--rounds must be a whole number, at least 1");
  return opts;
}

// ---------------------------------------------------------------------------------------------
// The operations document

const WEB_URL = "https://hiredin.ai";

/** The partner operations document: the schema package's copy when it exists, else the shared contract. */
function loadOperationsDocument(): { file: string; text: string } {
  const candidates = [
    path.resolve(API_DIR, "../schema/operations/partner.graphql"),
    path.resolve(API_DIR, "../../../shared/contract/partner.graphql"),
  ];
  for (const file of candidates) {
    if (existsSync(file)) return { file, text: readFileSync(file, "utf8") };
  }
  throw new Error(`No partner operations document found; looked at:\n  ${candidates.join("\n  ")}`);
}

/** Just the named operation (and the fragments it uses) out of a document. */
function extractOperation(document: string, operationName: string): string {
  const doc = parse(document);
  const op = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName,
  );
  if (!op) throw new Error(`Operation ${operationName} is not in the operations document`);
  return print(operationDocument(doc, op));
}

// ---------------------------------------------------------------------------------------------
// Requests

interface GraphQLBody {
  data?: unknown;
  errors?: unknown[];
}

/**
 * Every request is a partner's: it carries an API key with a budget the run can't exhaust, so each one
 * pays what a partner's does at the front door (the key's lookup and its rate-limit budget).
 */
const HEADERS: Record<string, string> = { "content-type": "application/json" };

async function post(url: string, body: string): Promise<{ status: number; json: GraphQLBody }> {
  const res = await fetch(url, { method: "POST", headers: HEADERS, body });
  const text = await res.text();
  let parsed: GraphQLBody & { extensions?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${res.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  // The rate-limit report (`extensions`) differs by design between any two requests; answers are compared without it.
  const { extensions: _budget, ...json } = parsed;
  return { status: res.status, json };
}

/** Sends the request once and fails loudly unless it has `data` and no `errors`. */
async function assertOk(name: string, url: string, body: string): Promise<GraphQLBody> {
  const { status, json } = await post(url, body);
  if (status !== 200 || json.data == null || (json.errors && json.errors.length > 0)) {
    throw new Error(
      `${name}: the request failed (HTTP ${status}), body ${body.slice(-300)}:\n${JSON.stringify(json, null, 2).slice(0, 4000)}`,
    );
  }
  return json;
}

/** The first path where two JSON values differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, at = "$"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 300)} !== ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** `n` items spread evenly over a list (all of it when it is that short). */
function spread<T>(list: T[], n: number): T[] {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** A server in this process, or (`…-processes`) a group of `--processes` processes on one port. */
type ServerKind = "raw" | "raw-prepared" | "api-off" | "api-on" | "raw-processes" | "api-off-processes";

const SERVER_LABEL: Record<ServerKind, string> = {
  raw: "raw SQL, 1 statement",
  "raw-prepared": "raw SQL, 1 named prepared statement",
  "api-off": "API, cache off",
  "api-on": "API, cache on",
  "raw-processes": "raw SQL, 1 statement, in N processes",
  "api-off-processes": "API, cache off, in N processes",
};
const labelGroups = (processes: number) => {
  for (const kind of ["raw-processes", "api-off-processes"] as const)
    SERVER_LABEL[kind] = SERVER_LABEL[kind].replace(/in \S+ processes/, `in ${processes} processes`);
};
/**
 * Seconds of load each slice starts with, unreported: a server idle while the others had their turn answers its
 * first requests slowly (SearchJobs' p99 read 147–495 ms without it, 52–113 ms with it, in alternating runs).
 */
const SLICE_WARM_UP_S = 0.5;
/** The raw statement each kind is compared with: the one served the same way. */
const RAW_OF: Record<ServerKind, ServerKind> = {
  raw: "raw",
  "raw-prepared": "raw",
  "api-off": "raw",
  "api-on": "raw",
  "raw-processes": "raw-processes",
  "api-off-processes": "raw-processes",
};

interface Operation {
  name: RawOperation;
  /** What rotates, for the report. */
  rotation: string;
  bodies: string[];
  /** Raw SQL variants to measure (JobDetail also prepared). */
  raw: ServerKind[];
  /** Whether the API and the raw statement must answer identically (a ranking may legitimately differ). */
  sameAnswer: "must" | "report";
  /** Bodies compared API vs raw before measuring (all of them when cheap). */
  compare: number;
}

interface Measured {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** The server's CPU time per request: its own cost (the load generator runs in worker threads). */
  busyMs: number;
}

/** CPU time the server measured has used so far, in ms. */
type CpuClock = () => number;

/** This thread's CPU time in ms (user and system), not the machine's: the in-process servers'. */
const threadCpuMs: CpuClock = () => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Loads the generated rotator module on the main thread (worker threads load it by path). */
const loadModule = createRequire(__filename);

async function load(url: string, rotator: string, opts: Options, duration: number, cpu: CpuClock): Promise<Measured> {
  const { pathname } = new URL(url);
  const cpuBefore = cpu();
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration,
    // Worker threads load setupRequest from a file; the main thread takes the function.
    requests: [
      {
        method: "POST",
        path: pathname,
        headers: HEADERS,
        setupRequest: (opts.workers > 0 ? rotator : loadModule(rotator)) as never,
      },
    ],
    ...(opts.workers > 0 ? { workers: opts.workers } : {}),
  });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    busyMs: (cpu() - cpuBefore) / Math.max(1, result.requests.total),
  };
}

/**
 * A server's slices as one measurement: req/s over all of them (requests ÷ seconds measured), CPU per
 * request over all of them, and the middle slice's p50 and p99 (the median of each).
 */
function combine(slices: Measured[]): Measured {
  const sum = (f: (m: Measured) => number) => slices.reduce((total, m) => total + f(m), 0);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const requests = sum((m) => m.requests);
  return {
    // Each slice's average is its requests over its seconds; the slices are equally long.
    reqPerSec: sum((m) => m.reqPerSec) / slices.length,
    p50: median(slices.map((m) => m.p50)),
    p99: median(slices.map((m) => m.p99)),
    requests,
    non2xx: sum((m) => m.non2xx),
    errors: sum((m) => m.errors),
    timeouts: sum((m) => m.timeouts),
    busyMs: sum((m) => m.busyMs * m.requests) / Math.max(1, requests),
  };
}

/**
 * The statements one request costs: the fewer of two tries. What the API does on a clock lands in a try now
 * and then (it checks a partner's key again every VERIFIED_KEY_TTL_MS and notes its use once a minute),
 * and is no request's own; it seldom lands in both.
 */
async function requestStatements(label: string, url: string, body: string): Promise<number> {
  const tries: number[] = [];
  for (let i = 0; i < 2; i++) {
    const before = sqlCounter.total();
    await assertOk(label, url, body);
    tries.push(sqlCounter.total() - before);
  }
  return Math.min(...tries);
}

/** Resolves once no SQL statement has been issued for 300 ms (at most 10 s). */
async function sqlQuiet(): Promise<void> {
  const until = Date.now() + 10_000;
  for (let last = -1; Date.now() < until;) {
    const now = sqlCounter.total();
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Starts V8's CPU profiler on this thread (the API's); the function returned stops it and writes the profile. */
async function startProfile(): Promise<(file: string) => Promise<string>> {
  const session = new inspector.Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return async (file) => {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    return writeResults(file, profile);
  };
}

// ---------------------------------------------------------------------------------------------
// EXPLAIN ANALYZE of what the API issues (--explain)

async function explainStatements(
  databaseUrl: string,
  cases: { name: string; body: string; cacheOff: boolean }[],
  pool: Pool,
  raw: Record<RawOperation, string>,
): Promise<void> {
  let captured: { sql: string; params: unknown[] }[] = [];
  const sqlLog = createLogger(
    "info",
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().trim().split("\n")) {
          const entry = JSON.parse(line) as { msg?: string; sql?: string; parameters?: unknown[] };
          if (entry.msg === "sql" && entry.sql) captured.push({ sql: entry.sql, params: entry.parameters ?? [] });
        }
        done();
      },
    }),
  );
  const logged = createDataSource({ url: databaseUrl, poolSize: 5, logSql: true, log: sqlLog });
  await logged.initialize();
  const quiet = { port: 0, host: "127.0.0.1", log: createLogger("silent") };
  const server = await startServer(logged, apiConfig(databaseUrl), quiet);
  const uncached = await startServer(logged, apiConfig(databaseUrl, { RESULT_CACHE_SECONDS: "0" }), quiet);
  try {
    for (const c of cases) {
      captured = [];
      await assertOk(c.name, `${(c.cacheOff ? uncached : server).url}/graphql`, c.body);
      await new Promise((resolve) => setImmediate(resolve));
      console.log(`\n=== ${c.name}: ${captured.length} statement(s)`);
      for (const { sql, params } of captured) {
        const plan = await pool.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values: params });
        console.log(`\n--- ${sql.replace(/\s+/g, " ").trim()}\n    params: ${JSON.stringify(params).slice(0, 300)}`);
        for (const row of plan.rows) console.log(`    ${row["QUERY PLAN"]}`);
      }
    }
    const rawPlan = await pool.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${raw.LatestJobs}`, values: [["generative-ai"], 20, null, null] });
    console.log(`\n=== raw SQL LatestJobs (1 statement)`);
    for (const row of rawPlan.rows) console.log(`    ${row["QUERY PLAN"]}`);
    const searchPlan = await pool.query({
      text: `EXPLAIN (ANALYZE, BUFFERS) ${raw.SearchJobs}`,
      values: ["machine learning", null, null, null],
    });
    console.log(`\n=== raw SQL SearchJobs "machine learning" (1 statement)`);
    for (const row of searchPlan.rows) console.log(`    ${row["QUERY PLAN"]}`);
  } finally {
    await server.close();
    await uncached.close();
    await logged.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function apiConfig(databaseUrl: string, env: Record<string, string> = {}) {
  // No background poll of the search change log: each search checks it anyway, and a poll's statements would count against requests.
  return loadConfig({
    NODE_ENV: "production",
    PUBLIC_WEB_URL: WEB_URL,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    SEARCH_POLL_MS: "0",
    ...env,
  });
}

interface Row {
  operation: RawOperation;
  rotation: string;
  server: ServerKind;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  sqlPerRequest: number;
  /**
   * The server's CPU time per request, ms: its main thread's in this process (with --workers 0 that includes the
   * load generator's), every process's of a group.
   */
  busyMsPerRequest: number;
  /** req/s over the raw (unprepared) statement's for the same operation, served the same way (RAW_OF). */
  ratioToRaw: number;
  /** The same ratio in each round (the servers' slices taking turns), to show how much it moved. */
  ratioByRound: number[];
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const sep = `|${widths.map((w, i) => (i < 2 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), sep, ...body.map(line)].join("\n");
}

const ratio = (x: number) => `${x.toFixed(2)}×`;

function fullTable(rows: Row[]): string {
  return table(
    ["operation", "server", "req/s", "p50 ms", "p99 ms", "SQL/request", "CPU ms/req", "× raw SQL", "by round"],
    rows.map((r, i) => [
      i > 0 && rows[i - 1].operation === r.operation ? "" : `${r.operation} (${r.rotation})`,
      SERVER_LABEL[r.server],
      fmt(r.reqPerSec, 0),
      fmt(r.p50Ms, 0),
      fmt(r.p99Ms, 0),
      fmt(r.sqlPerRequest, 2),
      fmt(r.busyMsPerRequest, 2),
      ratio(r.ratioToRaw),
      r.server === RAW_OF[r.server] ? "" : `${fmt(Math.min(...r.ratioByRound), 2)}–${fmt(Math.max(...r.ratioByRound), 2)}`,
    ]),
  );
}

/** One line per operation: cache off (the headline) beside raw SQL, cache on after. */
function headlineTable(rows: Row[]): string {
  const ops = [...new Set(rows.map((r) => r.operation))];
  const grouped = rows.some((r) => r.server === "api-off-processes");
  const processes = SERVER_LABEL["api-off-processes"].replace(/.*in (\S+) processes/, "$1");
  return table(
    [
      "operation",
      "raw SQL req/s (p50 ms)",
      "cache off req/s",
      "p50 ms",
      "p99 ms",
      "SQL/req",
      "× raw",
      "cache on req/s",
      "× raw ",
      ...(grouped ? [`${processes} processes: raw SQL req/s`, "cache off req/s ", "p50 ms ", "p99 ms ", "× raw  "] : []),
    ],
    ops.map((op) => {
      const of = (server: ServerKind) => rows.find((r) => r.operation === op && r.server === server)!;
      const [raw, off, on] = [of("raw"), of("api-off"), of("api-on")];
      const inGroups = grouped
        ? [of("raw-processes"), of("api-off-processes")].flatMap((r, i) =>
            i === 0 ? [fmt(r.reqPerSec)] : [fmt(r.reqPerSec), fmt(r.p50Ms), fmt(r.p99Ms), ratio(r.ratioToRaw)],
          )
        : [];
      return [
        op,
        `${fmt(raw.reqPerSec)} (${fmt(raw.p50Ms)})`,
        fmt(off.reqPerSec),
        fmt(off.p50Ms),
        fmt(off.p99Ms),
        fmt(off.sqlPerRequest, 2),
        ratio(off.ratioToRaw),
        fmt(on.reqPerSec),
        ratio(on.ratioToRaw),
        ...inGroups,
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The workload

/** Real page-5 cursors: each category's first four pages, paged through like a client would. */
async function page5Cursors(apiUrl: string, gql: Gql, categories: string[], first: number): Promise<Map<string, string>> {
  const cursors = new Map<string, string>();
  for (const slug of categories) {
    let after: string | null = null;
    let ok = true;
    for (let page = 1; page <= 4 && ok; page++) {
      const res = await assertOk("LatestJobs paging", apiUrl, gql("LatestJobs", { first, after, filter: { categories: [slug] } }));
      const jobs = (res.data as { jobs: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).jobs;
      ok = jobs.pageInfo.hasNextPage && jobs.pageInfo.endCursor != null;
      after = jobs.pageInfo.endCursor;
    }
    if (ok && after) cursors.set(slug, after);
  }
  return cursors;
}

type Gql = (operationName: string, variables: Record<string, unknown>) => string;

async function buildOperations(ds: DataSource, apiUrl: string, gql: Gql, log: (m: string) => void) {
  // LatestJobs: every category's first page and its page 5.
  const categories = (await ds.query(`SELECT slug FROM job_categories ORDER BY position, slug`)).map((r: { slug: string }) => r.slug);
  const cursors = await page5Cursors(apiUrl, gql, categories, 20);
  const latest: string[] = [];
  for (const slug of categories) {
    latest.push(gql("LatestJobs", { first: 20, filter: { categories: [slug] } }));
    const after = cursors.get(slug);
    if (after) latest.push(gql("LatestJobs", { first: 20, after, filter: { categories: [slug] } }));
  }
  if (cursors.size < categories.length)
    log(`LatestJobs: ${categories.length - cursors.size} categories have fewer than 5 pages (first page only)`);

  // SearchJobs: the vocabulary's queries, plus two bulk companies' names.
  const bulkCompanies = (
    await ds.query(`SELECT c.name FROM companies c JOIN jobs j ON j.company_id = c.id AND ${LIVE}
                    WHERE c.slug ~ '-b[0-9]+$' GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 2`)
  ).map((r: { name: string }) => r.name);
  const searches = searchRotation(bulkCompanies);

  // JobDetail, CompanyProfile: a spread of live jobs and of companies with live jobs; every glossary term.
  const jobSlugs = (await ds.query(`SELECT j.slug FROM jobs j WHERE ${LIVE} ORDER BY md5(j.slug) LIMIT 100`)).map(
    (r: { slug: string }) => r.slug,
  );
  if (!jobSlugs.length) throw new Error("No live job in the database to use for JobDetail");
  const companySlugs = (
    await ds.query(`SELECT c.slug FROM companies c WHERE EXISTS (SELECT 1 FROM jobs j WHERE j.company_id = c.id AND ${LIVE})
                    ORDER BY md5(c.slug) LIMIT 100`)
  ).map((r: { slug: string }) => r.slug);
  const termSlugs = (await ds.query(`SELECT slug FROM glossary_terms ORDER BY slug`)).map((r: { slug: string }) => r.slug);

  const queries = distinctQueries(searches);
  const operations: Operation[] = [
    {
      name: "LatestJobs",
      rotation: `${categories.length} categories × first page, page 5`,
      bodies: latest,
      raw: ["raw"],
      sameAnswer: "must",
      compare: latest.length,
    },
    {
      name: "SearchJobs",
      rotation: `${queries.length} queries, ${searches.length - queries.length} also filtered`,
      bodies: searches.map((v) => gql("SearchJobs", v as unknown as Record<string, unknown>)),
      raw: ["raw"],
      sameAnswer: "report",
      compare: 12,
    },
    {
      name: "JobDetail",
      rotation: `${jobSlugs.length} slugs`,
      bodies: jobSlugs.map((slug: string) => gql("JobDetail", { slug })),
      raw: ["raw", "raw-prepared"],
      sameAnswer: "must",
      compare: jobSlugs.length,
    },
    {
      name: "CompanyProfile",
      rotation: `${companySlugs.length} companies`,
      bodies: companySlugs.map((slug: string) => gql("CompanyProfile", { slug })),
      raw: ["raw"],
      sameAnswer: "must",
      compare: companySlugs.length,
    },
    {
      name: "GlossaryTermPage",
      rotation: `${termSlugs.length} terms`,
      bodies: termSlugs.map((slug: string) => gql("GlossaryTermPage", { slug })),
      raw: ["raw"],
      sameAnswer: "must",
      compare: termSlugs.length,
    },
  ];
  return { operations, searches, queries };
}

/** The share of live jobs each search query matches (no filter), from one counting statement. */
async function searchBreadth(ds: DataSource, queries: string[], live: number) {
  const rows: { query: string; n: number }[] = await ds.query(
    `SELECT q AS query, (SELECT count(*)::int FROM jobs j WHERE ${LIVE} AND j.search_vector @@ websearch_to_tsquery('english', q)) AS n
     FROM unnest($1::text[]) AS q`,
    [queries],
  );
  const share = new Map(rows.map((r) => [r.query, live > 0 ? r.n / live : 0]));
  const groupOf = (q: string) => Object.entries(SEARCH_QUERIES).find(([, qs]) => qs.includes(q))?.[0] ?? "company";
  const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 2 : 1)}%`;
  const groups = new Map<string, number[]>();
  for (const q of queries) groups.set(groupOf(q), [...(groups.get(groupOf(q)) ?? []), share.get(q)!]);
  const summary = [...groups].map(([g, xs]) => `${g} ${pct(Math.min(...xs))}–${pct(Math.max(...xs))}`).join(", ");
  const buckets = [
    ["<1%", (x: number) => x < 0.01],
    ["1–5%", (x: number) => x >= 0.01 && x < 0.05],
    ["5–15%", (x: number) => x >= 0.05 && x < 0.15],
    ["15–40%", (x: number) => x >= 0.15 && x < 0.4],
    [">=40%", (x: number) => x >= 0.4],
  ] as const;
  const histogram = buckets.map(([label, test]) => `${label}: ${[...share.values()].filter(test).length}`).join(", ");
  return { share: Object.fromEntries(share), summary, histogram, unmatched: queries.filter((q) => share.get(q) === 0) };
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const operationsDocument = loadOperationsDocument();
  const log = benchLog();

  const cleanups = new Cleanups();
  const cleanup = () => cleanups.run();
  cleanups.onSignals();

  try {
    // 1. Postgres, 2. data (unless --data's folder already holds it)
    const { pg, ds, counts, pgVersion } = await startBenchDatabase(opts, cleanups, log);

    // 3. The API (called with a partner's key), with and without the result cache
    const { secret } = await new ApiKeyService(ds, new AuditService(ds)).create(ds.manager, {
      name: "bench",
      ownerEmail: "bench@example.com",
      hourlyBudget: 2_000_000_000,
      createdById: null,
    });
    HEADERS["x-api-key"] = secret;
    const api: RunningServer = await startServer(ds, apiConfig(pg.url), { port: 0, host: "127.0.0.1" });
    cleanups.push(() => api.close());
    const uncached: RunningServer = await startServer(ds, apiConfig(pg.url, { RESULT_CACHE_SECONDS: "0" }), { port: 0, host: "127.0.0.1" });
    cleanups.push(() => uncached.close());
    // 4. The raw SQL statements
    const raw: RawServer = await startRawServer(pg.url, WEB_URL, defaultPoolSize(1));
    cleanups.push(() => raw.close());
    // 4b. Both again as groups of processes on one port (--processes): the API as deployed with WEB_CONCURRENCY.
    labelGroups(opts.processes);
    let groups: { raw: ServerProcesses; api: ServerProcesses } | null = null;
    if (opts.processes > 1) {
      log(`starting raw SQL and the API (cache off) as ${opts.processes} processes each`);
      const apiGroup = await startApiProcesses(opts.processes, {
        NODE_ENV: "production",
        PUBLIC_WEB_URL: WEB_URL,
        DATABASE_URL: pg.url,
        LOG_LEVEL: "warn",
        SEARCH_POLL_MS: "0",
        RESULT_CACHE_SECONDS: "0",
      });
      cleanups.push(() => apiGroup.close());
      const rawGroup = await startRawProcesses(opts.processes, pg.url, WEB_URL, defaultPoolSize(opts.processes));
      cleanups.push(() => rawGroup.close());
      groups = { raw: rawGroup, api: apiGroup };
    }
    const urls: Record<ServerKind, string> = {
      raw: raw.url,
      "raw-prepared": raw.preparedUrl,
      "api-off": `${uncached.url}/graphql`,
      "api-on": `${api.url}/graphql`,
      "raw-processes": groups?.raw.url ?? "",
      "api-off-processes": groups?.api.url ?? "",
    };
    const clocks: Record<ServerKind, CpuClock> = {
      raw: threadCpuMs,
      "raw-prepared": threadCpuMs,
      "api-off": threadCpuMs,
      "api-on": threadCpuMs,
      "raw-processes": () => groups!.raw.cpuMs(),
      "api-off-processes": () => groups!.api.cpuMs(),
    };
    log(`API at ${urls["api-on"]} (cache off: ${urls["api-off"]}), raw SQL at ${raw.url}`);
    if (groups) log(`in ${opts.processes} processes: API (cache off) at ${groups.api.url}, raw SQL at ${groups.raw.url}`);

    // The contract says to send the whole document. When the API cannot validate all of it yet (an
    // operation elsewhere in the document uses a field the schema lacks), say so loudly and send each
    // operation on its own, so the operations that do work can still be measured.
    let documentMode: "whole document" | "single operation" = "whole document";
    let documentProblem: string | null = null;
    {
      const probe = await post(
        urls["api-off"],
        JSON.stringify({ query: operationsDocument.text, operationName: "LatestJobs", variables: { first: 1 } }),
      );
      const codes = (probe.json.errors ?? []).map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
      if (probe.status !== 200 && codes.length > 0 && codes.every((c) => c === "GRAPHQL_VALIDATION_FAILED")) {
        documentMode = "single operation";
        documentProblem = (probe.json.errors as { message: string }[]).map((e) => e.message).join("; ");
        console.warn(
          `\n[bench] WARNING: the API rejects the whole partner document: ${documentProblem}\n` +
            `[bench] WARNING: sending each operation on its own instead (the contract is not fully served yet)\n`,
        );
      }
    }
    const gql: Gql = (operationName, variables) =>
      JSON.stringify({
        query: documentMode === "whole document" ? operationsDocument.text : extractOperation(operationsDocument.text, operationName),
        operationName,
        variables,
      });

    // Both servers build their search index in the background at start; nothing is measured while
    // they do (a search waits for its server's index).
    await assertOk("SearchJobs (index build)", urls["api-off"], gql("SearchJobs", { query: "engineer" }));
    await assertOk("SearchJobs (index build)", urls["api-on"], gql("SearchJobs", { query: "engineer" }));
    // A group's processes each build their own; concurrent requests open connections to every one of them.
    if (groups) {
      const build = gql("SearchJobs", { query: "engineer" });
      await Promise.all(
        Array.from({ length: 4 * opts.processes }, () => assertOk("SearchJobs (index build)", urls["api-off-processes"], build)),
      );
    }
    log("search indexes built");

    // 5. The rotations
    const built = await buildOperations(ds, urls["api-off"], gql, log);
    const operations = built.operations.filter((o) => opts.only.includes(o.name));
    log(`operations from ${operationsDocument.file}`);
    for (const o of operations) log(`${o.name}: ${o.bodies.length} requests rotating (${o.rotation})`);
    let breadth: Awaited<ReturnType<typeof searchBreadth>> | null = null;
    if (operations.some((o) => o.name === "SearchJobs")) {
      log(`counting what each of the ${built.queries.length} search queries matches`);
      breadth = await searchBreadth(ds, built.queries, counts.live);
      log(`search queries by share of live jobs matched: ${breadth.histogram}`);
      log(`search queries by kind: ${breadth.summary}`);
      if (breadth.unmatched.length) log(`WARNING search queries matching nothing in this data: ${breadth.unmatched.join(", ")}`);
    }

    // 6. The raw statements answer what the API answers (or the comparison means nothing), and the
    //    cache changes nothing a client sees.
    const notes: string[] = [];
    for (const o of operations) {
      // Differences, when allowed (a ranking): in the matches counted, or only in which jobs make the page and their order.
      const differ = { total: 0, page: 0, example: "", totalExample: "" };
      const sample = spread(o.bodies, o.compare);
      for (const body of sample) {
        const fromApi = await assertOk(`${o.name} (cache off)`, urls["api-off"], body);
        for (const kind of o.raw) {
          const fromRaw = await assertOk(`${o.name} (${SERVER_LABEL[kind]})`, urls[kind], body);
          const difference = firstDifference(fromApi, fromRaw);
          if (difference && o.sameAnswer === "must") {
            throw new Error(`${o.name}: the raw SQL answer differs from the API's at ${difference}\nrequest: ${body.slice(-400)}`);
          }
          if (difference) {
            const total = (r: GraphQLBody) => (r.data as { jobs?: { totalCount?: number } }).jobs?.totalCount;
            const example = `${JSON.stringify(JSON.parse(body).variables)}: ${difference}`;
            if (total(fromApi) !== total(fromRaw)) {
              differ.total += 1;
              differ.totalExample ||= `${JSON.stringify(JSON.parse(body).variables)}: API ${total(fromApi)}, raw SQL ${total(fromRaw)}`;
            } else differ.page += 1;
            differ.example ||= example;
          }
        }
      }
      for (const body of spread(o.bodies, 6)) {
        const difference = firstDifference(await assertOk(o.name, urls["api-on"], body), await assertOk(o.name, urls["api-off"], body));
        if (difference) throw new Error(`${o.name} answers differently with the result cache than without it, at ${difference}`);
      }
      // Every process of a group answers as the in-process servers do (each request here may reach another process).
      for (const body of groups ? spread(o.bodies, 6 * opts.processes) : []) {
        const alone = await assertOk(o.name, urls["api-off"], body);
        for (const kind of ["api-off-processes", "raw-processes"] as const) {
          const reference = kind === "raw-processes" ? await assertOk(o.name, urls.raw, body) : alone;
          const difference = firstDifference(await assertOk(o.name, urls[kind], body), reference);
          if (difference) throw new Error(`${o.name}: ${SERVER_LABEL[kind]} answers differently from one process, at ${difference}`);
        }
      }
      const line =
        differ.total + differ.page === 0
          ? `${o.name}: raw SQL and API answers match (${sample.length} requests compared)`
          : `${o.name}: of ${sample.length} requests compared with raw SQL, ${differ.total} differ in totalCount and ` +
            `${differ.page} only in the page's jobs or order (a ranking may differ); first: ${differ.example.slice(0, 300)}` +
            (differ.totalExample ? `; first totalCount difference: ${differ.totalExample}` : "");
      if (differ.total + differ.page > 0) notes.push(line);
      log(line);
    }

    // 7. Measure: per operation, each server warmed up, then the servers take turns, one slice of
    //    --duration / --rounds seconds each per round (raw SQL, the API without and with the cache, the
    //    groups), so that drift in the machine's speed (a shared host) falls on every server alike.
    const rotators = mkdtempSync(path.join(os.tmpdir(), "hiredinai-bench-rotate-"));
    cleanups.push(() => rmSync(rotators, { recursive: true, force: true }));
    const rows: Row[] = [];
    const { rounds } = opts;
    const slice = opts.duration / rounds;
    for (const o of operations) {
      const rotator = writeRotator(rotators, o.name, o.bodies);
      const servers: ServerKind[] = [...o.raw, "api-off", "api-on", ...(groups ? (["raw-processes", "api-off-processes"] as const) : [])];
      for (const server of servers) {
        log(`${o.name}, ${SERVER_LABEL[server]}: warm-up 2 s`);
        await load(urls[server], rotator, opts, 2, clocks[server]);
      }
      const slices = new Map<ServerKind, Measured[]>(servers.map((server) => [server, []]));
      for (let round = 1; round <= rounds; round++) {
        log(`${o.name}: round ${round} of ${rounds}, ${fmt(slice, 1)} s per server with ${opts.connections} connections`);
        for (const server of servers) {
          await load(urls[server], rotator, opts, SLICE_WARM_UP_S, clocks[server]);
          // A profile covers the first round's slice.
          const profiling = opts.profile && round === 1 && server.startsWith("api") ? await startProfile() : null;
          slices.get(server)!.push(await load(urls[server], rotator, opts, slice, clocks[server]));
          if (profiling) log(`${o.name}, ${SERVER_LABEL[server]}: CPU profile in ${await profiling(`${o.name}-${server}.cpuprofile`)}`);
        }
      }
      const measured: (Measured & { server: ServerKind; sql: number; roundRatios: number[] })[] = [];
      for (const server of servers) {
        const label = `${o.name}, ${SERVER_LABEL[server]}`;
        const m = combine(slices.get(server)!);
        // Statements per request in the steady state just measured (cache on: as warm as the run left it).
        // A group runs the same code as the process here: its statements per request are the in-process figure.
        let sql = server === "api-off-processes" ? measured.find((x) => x.server === "api-off")!.sql : 1;
        if (server === "api-off" || server === "api-on") {
          const sample = spread(o.bodies, o.name === "SearchJobs" ? 10 : 20);
          // The load generator stops with requests in flight; their statements must not count against the sample.
          await sqlQuiet();
          let statements = 0;
          for (const body of sample) statements += await requestStatements(label, urls[server], body);
          sql = statements / sample.length;
        }
        const rawSlices = slices.get(RAW_OF[server])!;
        const roundRatios = slices.get(server)!.map((s, i) => (rawSlices[i].reqPerSec > 0 ? s.reqPerSec / rawSlices[i].reqPerSec : 0));
        const spreadOf =
          server === RAW_OF[server] ? "" : `, × raw by round ${fmt(Math.min(...roundRatios), 2)}–${fmt(Math.max(...roundRatios), 2)}`;
        log(
          `${label}: ${fmt(m.reqPerSec)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${fmt(sql, 2)} SQL/request, ` +
            `server ${fmt(m.busyMs, 2)} ms CPU/request (${fmt(m.requests)} requests${spreadOf})`,
        );
        measured.push({ ...m, server, sql, roundRatios });
      }
      const rawRate = (kind: ServerKind) => measured.find((x) => x.server === RAW_OF[kind])!.reqPerSec;
      for (const m of measured) {
        rows.push({
          operation: o.name,
          rotation: o.rotation,
          server: m.server,
          reqPerSec: Math.round(m.reqPerSec),
          p50Ms: m.p50,
          p99Ms: m.p99,
          sqlPerRequest: m.sql,
          busyMsPerRequest: Math.round(m.busyMs * 100) / 100,
          ratioToRaw: rawRate(m.server) > 0 ? Math.round((m.reqPerSec / rawRate(m.server)) * 100) / 100 : 0,
          ratioByRound: m.roundRatios.map((x) => Math.round(x * 100) / 100),
          requests: m.requests,
          non2xx: m.non2xx,
          errors: m.errors,
          timeouts: m.timeouts,
        });
      }
    }

    // 8. Report
    const machine = machineInfo(pgVersion);
    const row = (op: RawOperation, server: ServerKind) => rows.find((r) => r.operation === op && r.server === server);
    const targets: { target: string; value: string; met: boolean }[] = [];
    const target = (op: RawOperation, what: string, value: (r: Row) => number, show: (x: number) => string, ok: (x: number) => boolean) => {
      for (const server of ["api-off", "api-off-processes"] as const) {
        const r = row(op, server);
        const how = server === "api-off" ? "1 process" : SERVER_LABEL[server].replace(/.*in /, "");
        if (r) targets.push({ target: `${op} (cache off, ${how}) ${what}`, value: show(value(r)), met: ok(value(r)) });
      }
    };
    target(
      "LatestJobs",
      ">= 0.80× raw SQL",
      (r) => r.ratioToRaw,
      ratio,
      (x) => x >= 0.8,
    );
    target(
      "SearchJobs",
      "p50 <= 50 ms",
      (r) => r.p50Ms,
      (x) => `${x} ms`,
      (x) => x <= 50,
    );
    target(
      "SearchJobs",
      "p99 <= 200 ms",
      (r) => r.p99Ms,
      (x) => `${x} ms`,
      (x) => x <= 200,
    );
    target(
      "JobDetail",
      ">= 0.95× raw SQL (unprepared)",
      (r) => r.ratioToRaw,
      ratio,
      (x) => x >= 0.95,
    );
    for (const op of ["JobDetail", "CompanyProfile", "GlossaryTermPage"] as const) {
      target(
        op,
        "1 SQL statement per request",
        (r) => r.sqlPerRequest,
        (x) => fmt(x, 2),
        (x) => x <= 1,
      );
    }

    console.log("");
    console.log(`Machine:  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}`);
    console.log(`Software: Node ${machine.node}, PostgreSQL ${machine.postgres}`);
    console.log(
      `Data:     ${fmt(counts.jobs)} jobs (${fmt(counts.live)} live), ${fmt(counts.companies)} companies; ` +
        `${opts.connections} connections, ${opts.duration} s per server after a 2 s warm-up, ` +
        `in ${opts.rounds} rounds taking turns, autocannon workers: ${opts.workers}`,
    );
    if (breadth) console.log(`Search:   queries by share of live jobs matched: ${breadth.histogram}\n          ${breadth.summary}`);
    if (documentProblem) console.log(`Requests: each operation alone; the whole document fails validation: ${documentProblem}`);
    console.log("");
    console.log("Headline: the API with RESULT_CACHE_SECONDS=0 beside one hand-written SQL statement per operation");
    console.log("");
    console.log(headlineTable(rows));
    console.log("");
    console.log(fullTable(rows));
    console.log("");
    for (const t of targets) console.log(`Target ${t.target}: ${t.value} -> ${t.met ? "MET" : "NOT MET"}`);
    for (const n of notes) console.log(`Note: ${n}`);
    const failures = rows.filter((r) => r.non2xx + r.errors + r.timeouts > 0);
    for (const r of failures) {
      console.log(
        `WARNING ${r.operation}, ${SERVER_LABEL[r.server]}: ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.timeouts} timeouts during the run`,
      );
    }

    const out = writeResults("latest.json", {
      date: new Date().toISOString(),
      machine,
      settings: {
        ...opts,
        documentMode,
        documentProblem,
        jobsLoaded: counts.jobs,
        liveJobs: counts.live,
        companiesLoaded: counts.companies,
        operations: operationsDocument.file,
      },
      rotations: Object.fromEntries(operations.map((o) => [o.name, o.rotation])),
      searchQueries: built.searches,
      searchShareMatched: breadth?.share ?? null,
      rows,
      targets,
      notes,
    });
    console.log(`\nWrote ${path.relative(process.cwd(), out) || out}`);

    if (opts.explain) {
      const pool = new Pool({ connectionString: pg.url, max: 2 });
      cleanups.push(() => pool.end());
      const explainCases = operations.flatMap((o) =>
        (o.name === "SearchJobs" ? spread(o.bodies, 3) : o.bodies.slice(0, 1)).map((body) => ({
          name: `${o.name} (cache off) ${body.slice(body.indexOf('"variables"'), body.indexOf('"variables"') + 160)}`,
          body,
          cacheOff: true,
        })),
      );
      await explainStatements(pg.url, explainCases, pool, rawStatements(WEB_URL, { descriptionHtmlColumn: false }));
    }
    if (failures.length) throw new Error("Some requests failed during the load runs (see the warnings above)");
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("\n[bench] FAILED:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
