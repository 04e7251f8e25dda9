import type { DataSource } from "typeorm";
import { BadUserInputError } from "../errors/app-error";
import type { Connection, ConnectionArgs } from "../graphql/connection";
import { decodeCursor, encodeCursor } from "../graphql/cursor";
import type { ResultCache } from "./result-cache";
import type { SqlParams } from "./sql-params";

export const DEFAULT_PAGE_SIZE = 20;

export type KeyType = "timestamptz" | "integer" | "real" | "text";

/** How a connection is ordered: one SQL key expression, then the row id as tie-breaker. */
export interface KeysetSort {
  /** Names the sort inside cursors, so a cursor cannot be replayed against another order. */
  name: string;
  key: string;
  keyType: KeyType;
  direction: "ASC" | "DESC";
  /** The unique id column, e.g. `j.id`. */
  id: string;
}

export interface KeysetQuery {
  /** Columns to return; each row must include `id`. */
  select: string;
  /** FROM clause, with joins. */
  from: string;
  /** Conditions ANDed together; they may refer to `params`. */
  where: string[];
  params: SqlParams;
  sort: KeysetSort;
  /**
   * Count the whole result in the page's own statement (when the client will ask for totalCount):
   * by a subquery, or, where the page has to read every match anyway (full-text ranking), by a
   * window over that same pass.
   */
  countInline?: "subquery" | "window";
  /**
   * Keep what is costly in Postgres's result cache: the whole ordering (`ranking`, for full-text
   * searches, which rank every match) or just the total (`count`).
   */
  cache?: { store: ResultCache; keep: "ranking" | "count" };
}

const KEY_CHECKS: Record<KeyType, (key: string) => boolean> = {
  timestamptz: (k) => /^\d{4}-\d\d-\d\d[ T][\d:.]+([+-]\d\d(:?\d\d)?|Z)?$/.test(k),
  integer: (k) => /^-?\d{1,10}$/.test(k),
  real: (k) => /^-?(\d+(\.\d+)?([eE][+-]?\d+)?|Infinity|NaN)$/.test(k),
  text: () => true,
};

/** Validates Relay paging arguments: one direction at a time, 1 to 100 items. */
export function pageRequest(args: ConnectionArgs): { size: number; cursor: string | null; backward: boolean } {
  if (args.first != null && args.last != null) {
    throw BadUserInputError.field("last", "cannot be combined with first; page forwards or backwards");
  }
  if (args.after != null && args.before != null) {
    throw BadUserInputError.field("before", "cannot be combined with after");
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  return {
    size: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
    cursor: (backward ? args.before : args.after) ?? null,
    backward,
  };
}

/**
 * One page of a keyset-paginated connection in a single statement; `totalCount` costs a second
 * statement and only runs when the client asks for it.
 */
export async function keysetConnection<T extends { id: number }>(
  ds: DataSource,
  q: KeysetQuery,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const { size, cursor: encoded, backward } = pageRequest(args);
  const { sort, params } = q;
  const cursor = encoded ? decodeCursor(encoded, sort.name, backward ? "before" : "after", KEY_CHECKS[sort.keyType]) : null;
  if (q.cache?.keep === "ranking" && !backward) {
    const cached = await q.cache.store.page<T>(q, size, cursor?.id ?? null);
    if (cached)
      return connectionOf(
        sort,
        cached.rows,
        { hasNextPage: cached.hasNextPage, hasPreviousPage: cursor != null },
        Promise.resolve(cached.total),
      );
  }

  const countParams = [...params.values];
  const countSql = `SELECT count(*)::int AS n FROM ${q.from} ${q.where.length ? `WHERE ${q.where.join(" AND ")}` : ""}`;
  const counted = q.countInline === "subquery" && q.cache?.keep === "count" ? q.cache.store.withCount(q, params) : null;
  const where = [...q.where];
  if (cursor) {
    const forwardOp = sort.direction === "DESC" ? "<" : ">";
    const op = backward ? (forwardOp === "<" ? ">" : "<") : forwardOp;
    where.push(`(${sort.key}, ${sort.id}) ${op} (${params.add(cursor.key, sort.keyType)}, ${params.add(cursor.id, "integer")})`);
  }
  const direction = backward ? (sort.direction === "DESC" ? "ASC" : "DESC") : sort.direction;
  const total = counted
    ? `, ${counted.total} AS "__total"`
    : !q.countInline
      ? ""
      : q.countInline === "window" && !cursor
        ? `, count(*) OVER ()::int AS "__total"`
        : `, (${countSql}) AS "__total"`;
  const sql = `${counted?.with ?? ""}
    SELECT ${q.select}, (${sort.key})::text AS "__key"${total} FROM ${q.from}
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY ${sort.key} ${direction}, ${sort.id} ${direction}
    LIMIT ${params.add(size + 1, "integer")}`;
  const rows: (T & { __key: string | null; __total?: number })[] = await ds.query(sql, params.values);
  const hasMore = rows.length > size;
  if (hasMore) rows.pop();
  if (backward) rows.reverse();

  return connectionOf(
    sort,
    rows.map(({ __total: _total, ...row }) => row as unknown as T & { __key: string | null }),
    { hasNextPage: backward ? cursor != null : hasMore, hasPreviousPage: backward ? hasMore : cursor != null },
    rows.length && q.countInline
      ? Promise.resolve(rows[0].__total!)
      : () => ds.query(countSql, countParams).then((rows: { n: number }[]) => rows[0].n),
  );
}

/** Edges with their cursors, page info, and the total: known already, or counted when first read. */
export function connectionOf<T extends { id: number }>(
  sort: KeysetSort,
  rows: (T & { __key: string | null })[],
  more: { hasNextPage: boolean; hasPreviousPage: boolean },
  total: Promise<number> | (() => Promise<number>),
): Connection<T> {
  let count = typeof total === "function" ? undefined : total;
  const edges = rows.map(({ __key, ...node }) => ({ cursor: encodeCursor(sort.name, __key, node.id), node: node as unknown as T }));
  return {
    edges,
    pageInfo: {
      ...more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // A getter, so the count only runs when the client selects totalCount.
    get totalCount() {
      count ??= (total as () => Promise<number>)();
      return count;
    },
  };
}
