import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { join } from "node:path";

/** The postmaster's pid, from its data folder's postmaster.pid (undefined when there is none). */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(join(dataDir, "postmaster.pid"), "utf8"), 10);
  } catch {
    return undefined;
  }
}

/** Every live process working in `dataDir`: a postmaster and all its children (backends, checkpointer...) do. */
export function processesIn(dataDir: string): number[] {
  const dir = realpathSync(dataDir);
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === dir;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Retries `check` until it passes or `timeoutMs` is over (then throws its last error): no fixed sleeps. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
