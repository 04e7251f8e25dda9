import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

const cache = new Map<unknown, string>();

/**
 * The select list for an entity's columns under `alias`, each named after its property
 * (`j.posted_at AS "postedAt"`), so raw rows have the entity's shape. Columns marked
 * `select: false` are left out.
 */
export function selectColumns<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): string {
  const key = `${String((entity as { name?: string }).name ?? entity)}:${alias}`;
  let list = cache.get(key);
  if (!list) {
    list = ds
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`)
      .join(", ");
    cache.set(key, list);
  }
  return list;
}
