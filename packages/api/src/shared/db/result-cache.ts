import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import type { KeysetQuery } from "./keyset";
import { SqlParams } from "./sql-params";

/** How many leading rows of a ranking are kept: five pages of 20, or one of 100. */
export const CACHED_ROWS = 100;

export interface ResultCacheOptions {
  /** The `cache_generations` scope whose writes make an entry stale. */
  scope: string;
  /** The longest an entry is used; it bounds how late time-based conditions (`now()`) take effect. */
  ttlSeconds: number;
  /** Conditions re-checked on every cached row served, e.g. that a job is still live. */
  recheck: string[];
}

/** A page answered from a cached ranking: the rows (in order, with their sort keys) and the total. */
export interface CachedPage<T> {
  rows: (T & { __key: string | null })[];
  total: number;
  hasNextPage: boolean;
}

type Row<T> = T & { __key: string | null; __total: number; __cached: number; __start: number | null; __ord: number | null };

/**
 * Results that are costly to compute, kept in Postgres (`result_cache`) and shared by every API process:
 *
 * - a ranking: a full-text search must rank and count every match, so its total and its first
 *   CACHED_ROWS ids (with their sort keys) are stored, and a page is one cheap statement that reads
 *   those ids back (`page`);
 * - a total: a list's count visits every matching row, so the page's statement reads the stored total
 *   and only counts (and stores) when there is none (`withCount`);
 * - any other result, as JSON (`value`), e.g. facet counts.
 *
 * An entry is used only while its scope's generation is unchanged (any write to the tables behind it
 * bumps it) and for at most `ttlSeconds`.
 */
export class ResultCache {
  constructor(
    private readonly ds: DataSource,
    private readonly options: ResultCacheOptions,
  ) {}

  /** A page from the query's cached ranking, ranking it first if needed; null when the ranking cannot answer. */
  async page<T>(q: KeysetQuery, size: number, afterId: number | null): Promise<CachedPage<T> | null> {
    const key = this.keyOf("ranking", [q.sort, q.from, q.where, q.params.values]);
    const cached = await this.readPage<T>(q, key, size, afterId);
    if (cached !== undefined) return cached;
    await this.storeRanking(q, key);
    return (await this.readPage<T>(q, key, size, afterId)) ?? null;
  }

  /**
   * Turns a statement over `q` into one that also returns the query's total as `__total`: `WITH`
   * clauses to put in front of it, and the expression to select. On a miss the statement counts and
   * stores the total; on a hit it does not count at all.
   */
  withCount(q: KeysetQuery, params: SqlParams): { with: string; total: string } {
    const key = params.add(this.keyOf("count", [q.from, q.where, q.params.values]));
    const fresh = this.freshness(params);
    return {
      with: `WITH cached_total AS (
          SELECT r.total FROM result_cache r WHERE r.key = ${key} AND ${fresh}
        ), counted AS (
          SELECT count(*)::int AS n FROM ${q.from}
          WHERE ${[...q.where, "NOT EXISTS (SELECT 1 FROM cached_total)"].join(" AND ")}
        ), stored AS (
          INSERT INTO result_cache (key, scope, generation, computed_at, total)
          SELECT ${key}, g.scope, g.generation, now(), counted.n
          FROM counted, cache_generations g
          WHERE g.scope = ${params.add(this.options.scope)} AND NOT EXISTS (SELECT 1 FROM cached_total)
          ${UPSERT}
        ), expired AS (
          ${this.deleteExpired(params)} AND NOT EXISTS (SELECT 1 FROM cached_total)
        )`,
      total: `coalesce((SELECT total FROM cached_total), (SELECT n FROM counted))`,
    };
  }

  /**
   * The stored result for `parts` (what it is computed from: SQL, parameters), or `compute`'s, stored.
   * It is stored under the generation read before computing: if a write commits meanwhile, the entry
   * is stale from the start, never wrong.
   */
  async value<T>(parts: unknown[], compute: () => Promise<T>): Promise<T> {
    const params = new SqlParams();
    const key = this.keyOf("value", parts);
    const scope = params.add(this.options.scope);
    const [row]: { value: T | null; generation: string }[] = await this.ds.query(
      `SELECT r.value, g.generation FROM cache_generations g
       LEFT JOIN result_cache r ON r.key = ${params.add(key)} AND r.generation = g.generation
         AND r.computed_at > now() - make_interval(secs => ${params.add(this.options.ttlSeconds, "integer")})
       WHERE g.scope = ${scope}`,
      params.values,
    );
    if (row.value != null) return row.value;
    const value = await compute();
    const store = new SqlParams();
    await this.ds.query(
      `WITH expired AS (${this.deleteExpired(store)})
       INSERT INTO result_cache (key, scope, generation, computed_at, value)
       VALUES (${store.add(key)}, ${store.add(this.options.scope)}, ${store.add(row.generation, "bigint")}, now(), ${store.add(JSON.stringify(value), "jsonb")})
       ${UPSERT}`,
      store.values,
    );
    return value;
  }

  /** An entry is fresh while its generation is current and it is younger than the TTL. */
  private freshness(params: SqlParams, alias = "r"): string {
    const { scope, ttlSeconds } = this.options;
    return `${alias}.generation = (SELECT g.generation FROM cache_generations g WHERE g.scope = ${params.add(scope)})
      AND ${alias}.computed_at > now() - make_interval(secs => ${params.add(ttlSeconds, "integer")})`;
  }

  /** Storing an entry also drops those that have expired, so the table stays as small as its traffic. */
  private deleteExpired(params: SqlParams): string {
    return `DELETE FROM result_cache WHERE computed_at < now() - make_interval(secs => ${params.add(this.options.ttlSeconds, "integer")})`;
  }

  /** The cached page; undefined when there is no fresh entry, null when the entry cannot answer. */
  private async readPage<T>(q: KeysetQuery, key: string, size: number, afterId: number | null): Promise<CachedPage<T> | null | undefined> {
    const params = new SqlParams();
    const after = params.add(afterId, "integer");
    // Where the page starts: 0, or just past the cursor's row; null when the entry lacks that row.
    const start = `CASE WHEN ${after} IS NULL THEN 0 ELSE array_position(r.ids, ${after}) END`;
    const end = `ranking.start + ${params.add(size, "integer")}`;
    const { recheck } = this.options;
    const rows: Row<T>[] = await this.ds.query(
      `WITH ranking AS (
         SELECT r.total, r.ids, r.keys, ${start} AS start
         FROM result_cache r
         WHERE r.key = ${params.add(key)} AND ${this.freshness(params)}
       )
       SELECT page.*, ranking.total AS "__total", cardinality(ranking.ids) AS "__cached", ranking.start AS "__start"
       FROM ranking LEFT JOIN LATERAL (
         SELECT ${q.select}, u.key AS "__key", u.ord AS "__ord"
         FROM unnest(ranking.ids[ranking.start + 1 : ${end}], ranking.keys[ranking.start + 1 : ${end}]) WITH ORDINALITY AS u(id, key, ord)
         JOIN ${q.from} ON ${q.sort.id} = u.id
         ${recheck.length ? `WHERE ${recheck.join(" AND ")}` : ""}
       ) page ON true
       ORDER BY page."__ord"`,
      params.values,
    );
    if (rows.length === 0) return undefined;
    const { __total: total, __cached: cachedRows, __start: startAt } = rows[0];
    // A cursor the entry does not hold, or a page beyond its rows (unless they are all there is).
    if (startAt == null || (startAt + size > cachedRows && cachedRows < total)) return null;
    const page = rows
      .filter((row) => row.__ord != null)
      .map(({ __total, __cached, __start, __ord, ...row }) => row as unknown as T & { __key: string | null });
    return { rows: page, total, hasNextPage: startAt + size < total };
  }

  /** Ranks the query once, keeping its total and first rows. */
  private async storeRanking(q: KeysetQuery, key: string): Promise<void> {
    const { sort } = q;
    const params = new SqlParams();
    params.values.push(...q.params.values);
    const order = `${sort.key} ${sort.direction}, ${sort.id} ${sort.direction}`;
    await this.ds.query(
      `WITH expired AS (
         ${this.deleteExpired(params)}
       ), ranked AS (
         SELECT ${sort.id} AS id, (${sort.key})::text AS key, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS ord
         FROM ${q.from} WHERE ${q.where.join(" AND ")}
         ORDER BY ${order}
         LIMIT ${CACHED_ROWS}
       )
       INSERT INTO result_cache (key, scope, generation, computed_at, total, ids, keys)
       SELECT ${params.add(key)}, g.scope, g.generation, now(), coalesce(max(ranked.total), 0),
              coalesce(array_agg(ranked.id ORDER BY ranked.ord) FILTER (WHERE ranked.id IS NOT NULL), '{}'),
              coalesce(array_agg(ranked.key ORDER BY ranked.ord) FILTER (WHERE ranked.id IS NOT NULL), '{}')
       FROM cache_generations g LEFT JOIN ranked ON true
       WHERE g.scope = ${params.add(this.options.scope)}
       GROUP BY g.scope, g.generation
       ${UPSERT}`,
      params.values,
    );
  }

  /** One entry per kind of result and what it is computed from (SQL, parameters, order). */
  private keyOf(kind: "ranking" | "count" | "value", parts: unknown[]): string {
    return createHash("sha256")
      .update(JSON.stringify([kind, ...parts]))
      .digest("base64url");
  }
}

const UPSERT = `ON CONFLICT (key) DO UPDATE SET scope = EXCLUDED.scope, generation = EXCLUDED.generation,
  computed_at = EXCLUDED.computed_at, total = EXCLUDED.total, ids = EXCLUDED.ids, keys = EXCLUDED.keys, value = EXCLUDED.value`;
