import type { Logger } from "typeorm";

let total = 0;

/**
 * Counts the SQL statements this process has issued, so tests and the benchmark can see what a
 * request costs (the difference before and after it), and optionally logs them.
 */
let log = false;

export const sqlCounter = {
  total(): number {
    return total;
  },

  /** Counts (and logs, when on) a statement that does not go through TypeORM. */
  record(query: string, parameters?: unknown[]): void {
    total += 1;
    if (log) console.log("[sql]", query, parameters ?? []);
  },

  logger(logSql: boolean): Logger {
    log = logSql;
    return {
      logQuery(query: string, parameters?: unknown[]) {
        sqlCounter.record(query, parameters);
      },
      logQueryError(error: string | Error, query: string) {
        console.error("[sql] failed:", query, "-", error instanceof Error ? error.message : error);
      },
      logQuerySlow(time: number, query: string) {
        console.warn(`[sql] slow (${time} ms):`, query);
      },
      logSchemaBuild() {},
      logMigration(message: string) {
        if (logSql) console.log("[migration]", message);
      },
      log(level: "log" | "info" | "warn", message: unknown) {
        if (level === "warn") console.warn("[typeorm]", message);
      },
    };
  },
};
