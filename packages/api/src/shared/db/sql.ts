import { sql, type SQL } from "pg-sql2";

/**
 * The one way SQL is written here: pg-sql2's tagged templates. A fragment carries its own values
 * (`sql.value(x)`, sent as `$n` placeholders, numbered when the statement is compiled), fragments
 * nest, and a plain string cannot be interpolated (it throws: only fragments, `sql.identifier`
 * and `sql.value` go in). Names from code (entity metadata) go through `sql.identifier`; nothing
 * from a request is ever `sql.raw`.
 */
export { sql, type SQL };

/** Anything that runs parameterised SQL through TypeORM: a DataSource, an EntityManager or a QueryRunner. */
export interface SqlRunner {
  query(text: string, values?: unknown[]): Promise<any>;
}

/**
 * Runs a statement: compiles the fragment to text with `$1..$n` and its values, then
 * `db.query(text, values)`, so TypeORM's logger (the statement counter, LOG_SQL) sees it like any other.
 */
export async function query<T = Record<string, unknown>>(db: SqlRunner, statement: SQL): Promise<T[]> {
  const { text, values } = sql.compile(statement);
  const result: unknown = await db.query(text, values);
  // TypeORM answers UPDATE and DELETE with [rows, rowCount] (rows being what RETURNING gave); the rest with rows.
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === "number") return result[0] as T[];
  return result as T[];
}

/** Conditions ANDed together (at least one). */
export function and(conditions: readonly SQL[]): SQL {
  return sql.join(conditions, " AND ");
}

/** `WHERE` and the conditions ANDed together, or nothing when there are none. */
export function whereAll(conditions: readonly SQL[]): SQL {
  return conditions.length ? sql`WHERE ${and(conditions)}` : sql.blank;
}

/** A LIKE pattern that matches `text` anywhere, with LIKE's wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}
