import cluster, { type Worker } from "node:cluster";
import type { Logger } from "../shared/log/logger";

/**
 * More than one API process on one port (WEB_CONCURRENCY), with Node's cluster module: the primary
 * owns the database (the embedded Postgres, migrations, the seed) and the job worker, and forks
 * that many HTTP processes of the same entry point, which share the listening socket (the primary
 * hands each new connection to the next process). Nothing else is shared, and nothing needs to be:
 * Postgres holds every counter and queue, and each process keeps its own search index, fed by the
 * same change log. A process that dies is replaced; one that never started stops the whole group.
 */

/** What an HTTP process tells the primary once it listens. */
interface Listening {
  kind: "listening";
  url: string;
}

const isListening = (message: unknown): message is Listening =>
  typeof message === "object" && message != null && (message as Listening).kind === "listening";

/** A process that dies after it started is replaced after this long (so that a crash loop doesn't spin). */
const RESTART_DELAY_MS = 1_000;

export interface ServerGroup {
  /** Base URL the processes share, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Asks every process to finish its requests in flight and stop (each waits up to `graceMs`), and waits for them. */
  close(graceMs?: number): Promise<void>;
}

/**
 * In the primary: forks `count` HTTP processes with `env` added to this one's environment, and
 * resolves once each listens. Rejects (after stopping the others) if one exits before it listens.
 */
export async function forkServers(count: number, env: Record<string, string>, log: Logger): Promise<ServerGroup> {
  let stopping = false;
  let url = "";
  const running = new Set<Worker>();
  const fork = (): Promise<Worker> => {
    const worker = cluster.fork(env);
    running.add(worker);
    return new Promise((resolve, reject) => {
      let listening = false;
      worker.on("message", (message: unknown) => {
        if (!isListening(message) || listening) return;
        listening = true;
        url = message.url;
        log.info({ pid: worker.process.pid }, "API process listening");
        resolve(worker);
      });
      worker.on("exit", (code, signal) => {
        running.delete(worker);
        if (stopping) return resolve(worker);
        if (!listening) return reject(new Error(`an API process exited before it listened (code ${code}, signal ${signal})`));
        log.error({ pid: worker.process.pid, code, signal }, "an API process exited; starting another");
        setTimeout(() => {
          if (!stopping) fork().catch((error: unknown) => log.error({ err: error }, "could not replace an API process"));
        }, RESTART_DELAY_MS).unref();
      });
    });
  };
  const close = async (graceMs = 10_000) => {
    stopping = true;
    const exits = [...running].map(
      (worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : worker.once("exit", () => resolve()))),
    );
    for (const worker of running) worker.process.kill("SIGTERM");
    // A process that is still stuck well after its own grace is killed.
    const timer = setTimeout(() => running.forEach((worker) => worker.process.kill("SIGKILL")), graceMs + 5_000);
    await Promise.all(exits);
    clearTimeout(timer);
  };
  try {
    await Promise.all(Array.from({ length: count }, fork));
  } catch (error) {
    await close(0);
    throw error;
  }
  return { url, close };
}

/** In an HTTP process: tells the primary it listens. */
export function reportListening(url: string): void {
  process.send?.({ kind: "listening", url } satisfies Listening);
}
