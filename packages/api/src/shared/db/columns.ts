import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

const cache = new Map<unknown, string>();

/**
 * The select list for an entity's columns under `alias`, each named after its property
 * (`j.posted_at AS "postedAt"`), so raw rows have the entity's shape. Columns marked
 * `select: false` are left out, and so are those in `omit`.
 */
export function selectColumns<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  omit: (keyof T & string)[] = [],
): string {
  const key = `${String((entity as { name?: string }).name ?? entity)}:${alias}:${omit.join(",")}`;
  let list = cache.get(key);
  if (!list) {
    list = ds
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect && !omit.includes(c.propertyName as keyof T & string))
      .map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`)
      .join(", ");
    cache.set(key, list);
  }
  return list;
}

/**
 * A JSON object of an entity's columns under `alias`, keyed by property name, for fetching a
 * parent's children in the parent's own statement.
 */
export function jsonColumns<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): string {
  const key = `json:${String((entity as { name?: string }).name ?? entity)}:${alias}`;
  let expr = cache.get(key);
  if (!expr) {
    const pairs = ds
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => `'${c.propertyName}', ${alias}."${c.databaseName}"`);
    expr = `json_build_object(${pairs.join(", ")})`;
    cache.set(key, expr);
  }
  return expr;
}
