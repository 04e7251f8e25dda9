import type { Logger } from "typeorm";

let total = 0;

/**
 * Counts the SQL statements this process has issued, so tests and the benchmark can see what a
 * request costs (the difference before and after it), and optionally logs them.
 */
export const sqlCounter = {
  total(): number {
    return total;
  },

  logger(logSql: boolean): Logger {
    return {
      logQuery(query: string, parameters?: unknown[]) {
        total += 1;
        if (logSql) console.log("[sql]", query, parameters ?? []);
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
