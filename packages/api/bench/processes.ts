/**
 * Servers the bench runs as groups of processes (`--processes N`): the API as it is deployed with
 * WEB_CONCURRENCY=N (src/main.ts: a primary and N HTTP processes on one port), and the raw SQL
 * yardstick the same way (bench/raw-processes.ts), so that each is measured with the same cores.
 * A group's CPU time is read from /proc for the primary and its children.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface ServerProcesses {
  /** The group's GraphQL URL. */
  url: string;
  pids(): number[];
  /** CPU time (user and system) the group has used so far, in ms. */
  cpuMs(): number;
  close(): Promise<void>;
}

/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux builds). */
const TICKS_PER_SECOND = 100;

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function cpuMsOf(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th and stime the 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * Spawns `script` (compiled, beside this file's tree: dist/bench/), with the V8 flag `pnpm start` gives the
 * API, and resolves with the URL once a stdout line matches `ready`.
 */
async function spawnGroup(script: string, env: Record<string, string>, ready: RegExp): Promise<ServerProcesses> {
  const child: ChildProcess = spawn(process.execPath, ["--max-semi-space-size=64", `${script}.js`], {
    cwd: path.resolve(__dirname, ".."),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s:\n${output.slice(-2000)}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  const pids = () => childrenOf(child.pid!);
  return {
    url,
    pids,
    cpuMs: () => [child.pid!, ...pids()].reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode != null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** The API as deployed: src/main.ts with WEB_CONCURRENCY=count, on the bench's database (already migrated and loaded). */
export function startApiProcesses(count: number, env: Record<string, string>): Promise<ServerProcesses> {
  return spawnGroup(
    "src/main",
    { ...env, WEB_CONCURRENCY: String(count), PORT: "0", SEED: "false", WORKER_IN_PROCESS: "false" },
    /\[api\] GraphQL on (http:\/\/\S+\/graphql)/,
  );
}

/** The raw SQL yardstick in `count` processes (bench/raw-processes.ts). */
export function startRawProcesses(count: number, databaseUrl: string, webUrl: string, poolSize: number): Promise<ServerProcesses> {
  return spawnGroup(
    "bench/raw-processes",
    { NODE_ENV: "production", DATABASE_URL: databaseUrl, WEB_URL: webUrl, POOL_SIZE: String(poolSize), PROCESSES: String(count) },
    /\[raw\] listening on (http:\/\/\S+\/graphql)/,
  );
}
