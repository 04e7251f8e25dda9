import { createHash } from "node:crypto";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { sqlCounter } from "../../db/sql-counter";

const names = new Map<string, string>();

/** A stable name for a statement's text, so Postgres plans it once per connection. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size > 2_000) names.clear();
    name = `q_${createHash("sha1").update(text).digest("base64url")}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a hot read as a named prepared statement on the data source's pool: parsed and planned
 * once per connection instead of on every request. Counted like every other statement.
 */
export async function preparedQuery<T>(ds: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (ds.driver as PostgresDriver).master as Pool;
  sqlCounter.record(text, values);
  const result = await pool.query({ name: statementName(text), text, values });
  return result.rows as T[];
}
