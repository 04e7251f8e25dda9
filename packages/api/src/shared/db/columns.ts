import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { sql, type SQL } from "./sql";

const cache = new Map<unknown, SQL>();

/** Which of an entity's columns a list takes: all but `omit`, or with `only` just those. */
interface ColumnPick<T> {
  omit?: readonly (keyof T & string)[];
  only?: readonly (keyof T & string)[] | null;
}

/**
 * A fragment over an entity's selectable columns, built once per entity, alias, kind and pick
 * (`select: false` columns are never in it), from each column as `build` writes it.
 */
function fragment<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  kind: "list" | "json",
  { omit = [], only = null }: ColumnPick<T>,
  build: (columns: ColumnMetadata[]) => SQL,
): SQL {
  const key = `${kind}:${String((entity as { name?: string }).name ?? entity)}:${alias}:${omit.join(",")}:${only?.join(",") ?? "*"}`;
  let built = cache.get(key);
  if (!built) {
    const wanted = (property: keyof T & string) => !omit.includes(property) && (only == null || only.includes(property));
    built = build(ds.getMetadata(entity).columns.filter((c) => c.isSelect && wanted(c.propertyName as keyof T & string)));
    cache.set(key, built);
  }
  return built;
}

/**
 * The select list for an entity's columns under `alias`, each named after its property
 * (`"j"."posted_at" AS "postedAt"`), so raw rows have the entity's shape. Columns marked
 * `select: false` are left out, and so are those in `omit`; with `only`, just those (`columnsOf`).
 */
export function selectColumns<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  omit: readonly (keyof T & string)[] = [],
  only: readonly (keyof T & string)[] | null = null,
): SQL {
  return fragment(ds, entity, alias, "list", { omit, only }, (columns) =>
    sql.join(
      columns.map((c) => sql`${sql.identifier(alias, c.databaseName)} AS ${sql.identifier(c.propertyName)}`),
      ", ",
    ),
  );
}

/**
 * A JSON object of an entity's columns under `alias`, keyed by property name, for fetching a
 * parent's children in the parent's own statement; with `only`, just those columns (`columnsOf`).
 */
export function jsonColumns<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  only: readonly (keyof T & string)[] | null = null,
): SQL {
  return fragment(ds, entity, alias, "json", { only }, (columns) => {
    const pairs = columns.map((c) => sql`${propertyKey(c.propertyName)}, ${sql.identifier(alias, c.databaseName)}`);
    return sql`json_build_object(${sql.join(pairs, ", ")})`;
  });
}

/**
 * What each GraphQL field of an entity's type reads of the entity (its own column, or what its field
 * resolver uses), for the fields a parent's statement may bring the entity for with fewer columns.
 */
export type FieldColumns<T> = Readonly<Record<string, readonly (keyof T & string)[]>>;

/**
 * The columns a selection of `fields` reads, sorted, always with `id`; null (every column) when a
 * field is not in `reads`. `__typename` reads nothing.
 */
export function columnsOf<T extends { id: unknown }>(reads: FieldColumns<T>, fields: Iterable<string>): (keyof T & string)[] | null {
  const columns = new Set<keyof T & string>(["id"]);
  for (const field of fields) {
    if (field === "__typename") continue;
    const read = Object.hasOwn(reads, field) ? reads[field] : undefined;
    if (!read) return null;
    for (const column of read) columns.add(column);
  }
  return [...columns].sort();
}

/**
 * An entity read back from `jsonColumns`: JSON has no time type, so its timestamp columns come as
 * text, made Dates again here (a row read as columns gets them from pg).
 */
export function fromJsonColumns<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, json: Record<string, unknown>): T {
  const row: Record<string, unknown> = { ...json };
  for (const c of ds.getMetadata(entity).columns) {
    const value = row[c.propertyName];
    if (typeof value === "string" && ["timestamptz", "timestamp", "date"].includes(String(c.type))) row[c.propertyName] = new Date(value);
  }
  return row as T;
}

/** A property name as a JSON key: a string literal in the text (as a placeholder it would make the key text a parameter). */
function propertyKey(name: string): SQL {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Unexpected property name ${JSON.stringify(name)}`);
  return sql.literal(name);
}
