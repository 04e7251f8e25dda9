import type { DataSource, EntityTarget } from "typeorm";
import { oneByKey } from "../loaders/key-order";
import { selectColumns } from "./columns";
import { query, sql } from "./sql";

type Keyed = { id: number; slug: string };

/** One row of an entity's table by slug, shaped like the entity, or null. */
export async function rowBySlug<T extends Keyed>(ds: DataSource, entity: EntityTarget<T>, slug: string): Promise<T | null> {
  const table = sql.identifier(ds.getMetadata(entity).tableName);
  const rows = await query<T>(ds, sql`SELECT ${selectColumns(ds, entity, "t")} FROM ${table} t WHERE t.slug = ${sql.value(slug)}`);
  return rows[0] ?? null;
}

/** Rows of an entity's table by id, in key order with null where missing: a DataLoader batch. */
export async function rowsByIds<T extends Keyed>(ds: DataSource, entity: EntityTarget<T>, ids: readonly number[]): Promise<(T | null)[]> {
  const table = sql.identifier(ds.getMetadata(entity).tableName);
  const rows = await query<T>(ds, sql`SELECT ${selectColumns(ds, entity, "t")} FROM ${table} t WHERE t.id = ANY(${sql.value(ids)}::int[])`);
  return oneByKey(ids, rows, (r) => r.id);
}
