/** Rows matched to the keys a DataLoader asked for, in key order; null where a key has no row. */
export function oneByKey<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * Rows that carry their parent's key in `parentKey`, grouped per key in key order (empty list where
 * none); the key property is removed from each row.
 */
export function manyByKey<K, T>(keys: readonly K[], rows: (T & Record<"parentKey", K>)[]): T[][] {
  const byKey = new Map<K, T[]>();
  for (const { parentKey, ...row } of rows) {
    const list = byKey.get(parentKey) ?? [];
    list.push(row as unknown as T);
    byKey.set(parentKey, list);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
