import type { Logger as TypeOrmLogger } from "typeorm";
import type { Logger } from "../shared/log/logger";

let total = 0;

/** Enough of a statement to recognise it in a log line, never its parameters (they are user input). */
const excerpt = (query: string) => query.replace(/\s+/g, " ").trim().slice(0, 200);

/**
 * Counts the SQL statements this process has issued, so tests and the benchmark can see what a
 * request costs (the difference before and after it), and optionally logs them.
 */
export const sqlCounter = {
  total(): number {
    return total;
  },

  logger(logSql: boolean, log?: Logger): TypeOrmLogger {
    return {
      logQuery(query: string, parameters?: unknown[]) {
        total += 1;
        if (logSql) log?.info({ sql: query, parameters: parameters ?? [] }, "sql");
      },
      logQueryError(error: string | Error, query: string) {
        log?.warn({ sql: excerpt(query), error: error instanceof Error ? error.message : error }, "sql failed");
      },
      logQuerySlow(time: number, query: string) {
        log?.warn({ sql: excerpt(query), ms: time }, "sql slow");
      },
      logSchemaBuild() {},
      logMigration(message: string) {
        if (logSql) log?.info({ migration: message }, "migration");
      },
      log(level: "log" | "info" | "warn", message: unknown) {
        if (level === "warn") log?.warn({ typeorm: message }, "typeorm");
      },
    };
  },
};
