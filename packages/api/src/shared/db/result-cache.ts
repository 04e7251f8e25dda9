import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { query, sql, type SQL } from "./sql";

/** How many leading rows of a ranking are kept: five pages of 20, or one of 100. */
export const CACHED_ROWS = 100;

export interface ResultCacheOptions {
  /** The `cache_generations` scope whose writes make an entry stale. */
  scope: string;
  /** The longest an entry is used; it bounds how late time-based conditions (`now()`) take effect. */
  ttlSeconds: number;
}

/** A ranking to keep, as two finished queries: the one that ranks, and the one that reads its rows back. */
export interface Ranking {
  /**
   * The first CACHED_ROWS matches, best first: `id`, `key` (the sort key as text), `total` (how many
   * match in all) and `ord` (1, 2, ...). Its text and values are what the entry is kept under.
   */
  rank: SQL;
  /**
   * The rows of one page of the ranking, given `page`, a FROM item `u(id, key, ord)` holding the
   * page's ids, sort keys and positions: each row's columns, `u.key AS "__key"` and `u.ord AS "__ord"`.
   * It re-checks what may have changed without a write (e.g. that a job is still live).
   */
  rowsFor(page: SQL): SQL;
}

/** A page answered from a cached ranking: the rows (in order, with their sort keys) and the total. */
export interface CachedPage<T> {
  rows: (T & { __key: string | null })[];
  total: number;
  hasNextPage: boolean;
}

type Row<T> = T & { __key: string | null; __total: number; __cached: number; __start: number | null; __ord: number | null };

/**
 * Results that are costly to compute, kept in Postgres (`result_cache`) and shared by every API process.
 * Each method takes finished queries and wraps them; an entry's key is the query's own text and values:
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

  /** A page from the cached ranking, ranking it first if needed; null when the ranking cannot answer. */
  async page<T>(ranking: Ranking, size: number, afterId: number | null): Promise<CachedPage<T> | null> {
    const key = keyOf("ranking", ranking.rank);
    const cached = await this.readPage<T>(ranking, key, size, afterId);
    if (cached !== undefined) return cached;
    await this.storeRanking(ranking, key);
    return (await this.readPage<T>(ranking, key, size, afterId)) ?? null;
  }

  /**
   * Wraps a statement that selects `count`'s result (a finished query returning one row, `n`) so
   * that it reads the stored total instead: `statement(total)` is the finished statement, given the
   * expression of the total. On a miss the statement counts and stores the total; on a hit it does
   * not count at all. `statement` must not have WITH clauses of its own.
   */
  withCount(count: SQL, statement: (total: SQL) => SQL): SQL {
    const key = sql.value(keyOf("count", count));
    return sql`WITH cached_total AS (
          SELECT r.total FROM result_cache r WHERE r.key = ${key} AND ${this.freshness()}
        ), counted AS (
          SELECT (${count}) AS n WHERE NOT EXISTS (SELECT 1 FROM cached_total)
        ), stored AS (
          INSERT INTO result_cache (key, scope, generation, computed_at, total)
          SELECT ${key}, g.scope, g.generation, now(), counted.n
          FROM counted, cache_generations g
          WHERE g.scope = ${sql.value(this.options.scope)} AND NOT EXISTS (SELECT 1 FROM cached_total)
          ${UPSERT}
        ), expired AS (
          ${this.deleteExpired()} AND NOT EXISTS (SELECT 1 FROM cached_total)
        )
    ${statement(sql`coalesce((SELECT total FROM cached_total), (SELECT n FROM counted))`)}`;
  }

  /**
   * The stored result of `name` computed from `source` (SQL whose text and values determine the
   * result), or `compute`'s, stored. It is stored under the generation read before computing: if a
   * write commits meanwhile, the entry is stale from the start, never wrong.
   */
  async value<T>(name: string, source: SQL, compute: () => Promise<T>): Promise<T> {
    const key = sql.value(keyOf("value", source, name));
    const [row] = await query<{ value: T | null; generation: string }>(
      this.ds,
      sql`SELECT r.value, g.generation FROM cache_generations g
       LEFT JOIN result_cache r ON r.key = ${key} AND r.generation = g.generation
         AND r.computed_at > now() - make_interval(secs => ${sql.value(this.options.ttlSeconds)}::integer)
       WHERE g.scope = ${sql.value(this.options.scope)}`,
    );
    if (row.value != null) return row.value;
    const value = await compute();
    await query(
      this.ds,
      sql`WITH expired AS (${this.deleteExpired()})
       INSERT INTO result_cache (key, scope, generation, computed_at, value)
       VALUES (${key}, ${sql.value(this.options.scope)}, ${sql.value(row.generation)}::bigint, now(), ${sql.value(JSON.stringify(value))}::jsonb)
       ${UPSERT}`,
    );
    return value;
  }

  /** An entry is fresh while its generation is current and it is younger than the TTL. */
  private freshness(): SQL {
    const { scope, ttlSeconds } = this.options;
    return sql`r.generation = (SELECT g.generation FROM cache_generations g WHERE g.scope = ${sql.value(scope)})
      AND r.computed_at > now() - make_interval(secs => ${sql.value(ttlSeconds)}::integer)`;
  }

  /** Storing an entry also drops those that have expired, so the table stays as small as its traffic. */
  private deleteExpired(): SQL {
    return sql`DELETE FROM result_cache WHERE computed_at < now() - make_interval(secs => ${sql.value(this.options.ttlSeconds)}::integer)`;
  }

  /** The cached page; undefined when there is no fresh entry, null when the entry cannot answer. */
  private async readPage<T>(
    ranking: Ranking,
    key: string,
    size: number,
    afterId: number | null,
  ): Promise<CachedPage<T> | null | undefined> {
    const after = sql.value(afterId);
    const pageSize = sql.value(size);
    // Where the page starts: 0, or just past the cursor's row; null when the entry lacks that row.
    const start = sql`CASE WHEN ${after}::integer IS NULL THEN 0 ELSE array_position(r.ids, ${after}::integer) END`;
    const end = sql`ranking.start + ${pageSize}::integer`;
    const page = sql`unnest(ranking.ids[ranking.start + 1 : ${end}], ranking.keys[ranking.start + 1 : ${end}]) WITH ORDINALITY AS u(id, key, ord)`;
    const rows = await query<Row<T>>(
      this.ds,
      sql`WITH ranking AS (
         SELECT r.total, r.ids, r.keys, ${start} AS start
         FROM result_cache r
         WHERE r.key = ${sql.value(key)} AND ${this.freshness()}
       )
       SELECT page.*, ranking.total AS "__total", cardinality(ranking.ids) AS "__cached", ranking.start AS "__start"
       FROM ranking LEFT JOIN LATERAL (
         ${ranking.rowsFor(page)}
       ) page ON true
       ORDER BY page."__ord"`,
    );
    if (rows.length === 0) return undefined;
    const { __total: total, __cached: cachedRows, __start: startAt } = rows[0];
    // A cursor the entry does not hold, or a page beyond its rows (unless they are all there is).
    if (startAt == null || (startAt + size > cachedRows && cachedRows < total)) return null;
    const pageRows = rows
      .filter((row) => row.__ord != null)
      .map(({ __total, __cached, __start, __ord, ...row }) => row as unknown as T & { __key: string | null });
    return { rows: pageRows, total, hasNextPage: startAt + size < total };
  }

  /** Ranks the query once, keeping its total and first rows. */
  private async storeRanking(ranking: Ranking, key: string): Promise<void> {
    await query(
      this.ds,
      sql`WITH expired AS (
         ${this.deleteExpired()}
       ), ranked AS (
         ${ranking.rank}
       )
       INSERT INTO result_cache (key, scope, generation, computed_at, total, ids, keys)
       SELECT ${sql.value(key)}, g.scope, g.generation, now(), coalesce(max(ranked.total), 0),
              coalesce(array_agg(ranked.id ORDER BY ranked.ord) FILTER (WHERE ranked.id IS NOT NULL), '{}'),
              coalesce(array_agg(ranked.key ORDER BY ranked.ord) FILTER (WHERE ranked.id IS NOT NULL), '{}')
       FROM cache_generations g LEFT JOIN ranked ON true
       WHERE g.scope = ${sql.value(this.options.scope)}
       GROUP BY g.scope, g.generation
       ${UPSERT}`,
    );
  }
}

/** One entry per kind of result and the query it comes from (its text and values). */
function keyOf(kind: "ranking" | "count" | "value", source: SQL, name?: string): string {
  const { text, values } = sql.compile(source);
  return createHash("sha256")
    .update(JSON.stringify([kind, name ?? null, text, values]))
    .digest("base64url");
}

const UPSERT = sql`ON CONFLICT (key) DO UPDATE SET scope = EXCLUDED.scope, generation = EXCLUDED.generation,
  computed_at = EXCLUDED.computed_at, total = EXCLUDED.total, ids = EXCLUDED.ids, keys = EXCLUDED.keys, value = EXCLUDED.value`;
