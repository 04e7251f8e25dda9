import type { DataSource } from "typeorm";
import { BadUserInputError } from "../errors/app-error";
import type { Connection, ConnectionArgs } from "../graphql/connection";
import { decodeCursor, encodeCursor, type CursorKey } from "../graphql/cursor";
import { CACHED_ROWS, type Ranking, type ResultCache } from "./result-cache";
import { query, sql, whereAll, type SQL } from "./sql";

export const DEFAULT_PAGE_SIZE = 20;

export type KeyType = "timestamptz" | "integer" | "real" | "text";

/** How a connection is ordered: one SQL key expression, then the row id as tie-breaker. */
export interface KeysetSort {
  /** Names the sort inside cursors, so a cursor cannot be replayed against another order. */
  name: string;
  key: SQL;
  keyType: KeyType;
  direction: "ASC" | "DESC";
  /** The unique id column, e.g. `j.id`. */
  id: SQL;
}

export interface KeysetQuery {
  /** Columns to return; each row must include `id`. */
  select: SQL;
  /** FROM clause, with joins. */
  from: SQL;
  /** Conditions ANDed together. */
  where: SQL[];
  sort: KeysetSort;
  /**
   * Count the whole result in the page's own statement (when the client will ask for totalCount):
   * by a subquery, or, where the page has to read every match anyway (full-text ranking), by a
   * window over that same pass.
   */
  countInline?: "subquery" | "window";
  /**
   * Keep what is costly in Postgres's result cache: the whole ordering (`ranking`, for full-text
   * searches, which rank every match) or just the total (`count`). A page served from a cached
   * ranking re-checks `recheck` on its rows: the conditions that can turn false without a write
   * (e.g. a job's closing date passing).
   */
  cache?: { store: ResultCache; keep: "ranking" | "count"; recheck?: SQL[] };
  /**
   * One more value the page's statement works out once (uncorrelated subqueries), as text: it comes on every
   * row as text (which pg doesn't parse) and is handed back once, as `carried` (undefined when no row came).
   */
  carry?: SQL;
}

/** The columns keyset.ts adds to a page's rows (the sort key, the total, a carried value), left off its nodes. */
type PageColumns = { __key: string | null; __total?: number; __carry?: string };

const KEY_CHECKS: Record<KeyType, (key: string) => boolean> = {
  timestamptz: (k) => /^\d{4}-\d\d-\d\d[ T][\d:.]+([+-]\d\d(:?\d\d)?|Z)?$/.test(k),
  integer: (k) => /^-?\d{1,10}$/.test(k),
  real: (k) => /^-?(\d+(\.\d+)?([eE][+-]?\d+)?|Infinity|NaN)$/.test(k),
  text: () => true,
};

/** A cursor's key as a parameter of the sort key's type. */
const KEY_VALUES: Record<KeyType, (key: string | null) => SQL> = {
  timestamptz: (k) => sql`${sql.value(k)}::timestamptz`,
  integer: (k) => sql`${sql.value(k)}::integer`,
  real: (k) => sql`${sql.value(k)}::real`,
  text: (k) => sql`${sql.value(k)}::text`,
};

const DIRECTIONS = { ASC: sql`ASC`, DESC: sql`DESC` } as const;

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

/** The page a request asks for, with its cursor checked against the sort and decoded. */
export function decodePage(
  args: ConnectionArgs,
  sort: Pick<KeysetSort, "name" | "keyType">,
): { size: number; cursor: CursorKey | null; backward: boolean } {
  const { size, cursor, backward } = pageRequest(args);
  return {
    size,
    backward,
    cursor: cursor ? decodeCursor(cursor, sort.name, backward ? "before" : "after", KEY_CHECKS[sort.keyType]) : null,
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
): Promise<Connection<T> & { carried?: string }> {
  const { sort } = q;
  const { size, cursor, backward } = decodePage(args, sort);
  if (q.cache?.keep === "ranking" && !backward) {
    const cached = await q.cache.store.page<T>(rankingOf(q, q.cache.recheck ?? []), size, cursor?.id ?? null);
    if (cached)
      return connectionOf(
        sort,
        cached.rows,
        { hasNextPage: cached.hasNextPage, hasPreviousPage: cursor != null },
        Promise.resolve(cached.total),
      );
  }

  const count = sql`SELECT count(*)::int AS n FROM ${q.from} ${whereAll(q.where)}`;
  const where = [...q.where];
  if (cursor) {
    // Rows after the cursor in the page's direction: below it for a descending order read forwards.
    const op = (sort.direction === "DESC") !== backward ? sql`<` : sql`>`;
    where.push(sql`(${sort.key}, ${sort.id}) ${op} (${KEY_VALUES[sort.keyType](cursor.key)}, ${sql.value(cursor.id)}::integer)`);
  }
  const direction = DIRECTIONS[backward ? (sort.direction === "DESC" ? "ASC" : "DESC") : sort.direction];
  const page = (total: SQL) => sql`
    SELECT ${q.select}, (${sort.key})::text AS "__key"${total}${q.carry ? sql`, (${q.carry})::text AS "__carry"` : sql.blank} FROM ${q.from}
    ${whereAll(where)}
    ORDER BY ${sort.key} ${direction}, ${sort.id} ${direction}
    LIMIT ${sql.value(size + 1)}::integer`;
  const statement =
    q.countInline === "subquery" && q.cache?.keep === "count"
      ? q.cache.store.withCount(count, (total) => page(sql`, ${total} AS "__total"`))
      : page(
          !q.countInline
            ? sql.blank
            : q.countInline === "window" && !cursor
              ? sql`, count(*) OVER ()::int AS "__total"`
              : sql`, (${count}) AS "__total"`,
        );
  const rows = await query<T & PageColumns>(ds, statement);
  const hasMore = rows.length > size;
  if (hasMore) rows.pop();
  if (backward) rows.reverse();

  const connection = connectionOf(
    sort,
    rows,
    { hasNextPage: backward ? cursor != null : hasMore, hasPreviousPage: backward ? hasMore : cursor != null },
    rows.length && q.countInline
      ? Promise.resolve(rows[0].__total!)
      : () => query<{ n: number }>(ds, count).then((counted) => counted[0].n),
  );
  return q.carry && rows.length ? Object.assign(connection, { carried: rows[0].__carry! }) : connection;
}

/** The query's ranking for the result cache: its first CACHED_ROWS ids in order, and how to read rows back by id. */
function rankingOf(q: KeysetQuery, recheck: SQL[]): Ranking {
  const { sort } = q;
  const direction = DIRECTIONS[sort.direction];
  const order = sql`${sort.key} ${direction}, ${sort.id} ${direction}`;
  return {
    rank: sql`SELECT ${sort.id} AS id, (${sort.key})::text AS key, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS ord
         FROM ${q.from} ${whereAll(q.where)}
         ORDER BY ${order}
         LIMIT ${sql.literal(CACHED_ROWS)}`,
    rowsFor: (page) => sql`SELECT ${q.select}, u.key AS "__key", u.ord AS "__ord"
         FROM ${page}
         JOIN ${q.from} ON ${sort.id} = u.id
         ${whereAll(recheck)}`,
  };
}

/** Edges with their cursors, page info, and the total: known already, or counted when first read. */
export function connectionOf<T extends { id: number }>(
  sort: KeysetSort,
  rows: (T & PageColumns)[],
  more: { hasNextPage: boolean; hasPreviousPage: boolean },
  total: Promise<number> | (() => Promise<number>),
): Connection<T> {
  let count = typeof total === "function" ? undefined : total;
  // One copy of each row, without keyset's own columns.
  const edges = rows.map(({ __key, __total: _total, __carry: _carry, ...node }) => ({
    cursor: encodeCursor(sort.name, __key, node.id),
    node: node as unknown as T,
  }));
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
