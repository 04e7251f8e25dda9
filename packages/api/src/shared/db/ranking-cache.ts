import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import type { KeysetQuery } from "./keyset";
import { SqlParams } from "./sql-params";

/** How many leading rows of a ranking are kept: five pages of 20, or one of 100. */
export const CACHED_ROWS = 100;

export interface RankingCacheOptions {
  /** The `cache_generations` scope whose writes make an entry stale. */
  scope: string;
  /** The longest an entry is used; it bounds how late time-based conditions (`now()`) take effect. */
  ttlSeconds: number;
  /** Conditions re-checked on every cached row served, e.g. that a job is still live. */
  recheck: string[];
}

/** A page answered from the cache: the rows (in order, with their sort keys) and the total. */
export interface CachedPage<T> {
  rows: (T & { __key: string | null })[];
  total: number;
  hasNextPage: boolean;
}

type Row<T> = T & { __key: string | null; __total: number; __cached: number; __start: number | null; __ord: number | null };

/**
 * Costly orderings (a full-text search must rank and count every match) are computed once and kept
 * in Postgres, in `ranking_cache`: the total and the first CACHED_ROWS ids with their sort keys. A
 * page is then one cheap statement that reads those ids back. An entry is used only while its scope's
 * generation is unchanged and for at most `ttlSeconds`; pages the entry cannot answer (beyond its rows,
 * or a cursor it does not hold) return null, and the caller runs the query itself.
 */
export class RankingCache {
  constructor(
    private readonly ds: DataSource,
    private readonly options: RankingCacheOptions,
  ) {}

  async page<T>(q: KeysetQuery, size: number, afterId: number | null): Promise<CachedPage<T> | null> {
    const key = this.keyOf(q);
    const cached = await this.read<T>(q, key, size, afterId);
    if (cached !== undefined) return cached;
    await this.store(q, key);
    return (await this.read<T>(q, key, size, afterId)) ?? null;
  }

  /** The cached page; undefined when there is no fresh entry, null when the entry cannot answer. */
  private async read<T>(q: KeysetQuery, key: string, size: number, afterId: number | null): Promise<CachedPage<T> | null | undefined> {
    const params = new SqlParams();
    const { scope, ttlSeconds, recheck } = this.options;
    const after = params.add(afterId, "integer");
    // Where the page starts: 0, or just past the cursor's row; null when the entry lacks that row.
    const start = `CASE WHEN ${after} IS NULL THEN 0 ELSE array_position(r.ids, ${after}) END`;
    const end = `ranking.start + ${params.add(size, "integer")}`;
    const rows: Row<T>[] = await this.ds.query(
      `WITH ranking AS (
         SELECT r.total, r.ids, r.keys, ${start} AS start
         FROM ranking_cache r
         WHERE r.key = ${params.add(key)}
           AND r.generation = (SELECT g.generation FROM cache_generations g WHERE g.scope = ${params.add(scope)})
           AND r.computed_at > now() - make_interval(secs => ${params.add(ttlSeconds, "integer")})
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
    const page = rows.filter((row) => row.__ord != null).map(({ __total, __cached, __start, __ord, ...row }) => row as unknown as T & { __key: string | null });
    return { rows: page, total, hasNextPage: startAt + size < total };
  }

  /** Ranks the query once, keeping its total and first rows; drops the entries that have expired. */
  private async store(q: KeysetQuery, key: string): Promise<void> {
    const { sort } = q;
    const params = new SqlParams();
    params.values.push(...q.params.values);
    const { scope, ttlSeconds } = this.options;
    const ttl = params.add(ttlSeconds, "integer");
    const order = `${sort.key} ${sort.direction}, ${sort.id} ${sort.direction}`;
    await this.ds.query(
      `WITH expired AS (
         DELETE FROM ranking_cache WHERE computed_at < now() - make_interval(secs => ${ttl})
       ), ranked AS (
         SELECT ${sort.id} AS id, (${sort.key})::text AS key, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS ord
         FROM ${q.from} WHERE ${q.where.join(" AND ")}
         ORDER BY ${order}
         LIMIT ${CACHED_ROWS}
       )
       INSERT INTO ranking_cache (key, scope, generation, computed_at, total, ids, keys)
       SELECT ${params.add(key)}, g.scope, g.generation, now(), coalesce(max(ranked.total), 0),
              coalesce(array_agg(ranked.id ORDER BY ranked.ord) FILTER (WHERE ranked.id IS NOT NULL), '{}'),
              coalesce(array_agg(ranked.key ORDER BY ranked.ord) FILTER (WHERE ranked.id IS NOT NULL), '{}')
       FROM cache_generations g LEFT JOIN ranked ON true
       WHERE g.scope = ${params.add(scope)}
       GROUP BY g.scope, g.generation
       ON CONFLICT (key) DO UPDATE SET scope = EXCLUDED.scope, generation = EXCLUDED.generation,
         computed_at = EXCLUDED.computed_at, total = EXCLUDED.total, ids = EXCLUDED.ids, keys = EXCLUDED.keys`,
      params.values,
    );
  }

  /** One entry per query: its SQL, parameters and order. */
  private keyOf(q: KeysetQuery): string {
    return createHash("sha256").update(JSON.stringify([q.sort, q.from, q.where, q.params.values])).digest("base64url");
  }
}
