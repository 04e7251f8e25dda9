import type { DataSource } from "typeorm";
import { query, sql, type SQL } from "../../shared/db/sql";
import type { Logger } from "../../shared/log/logger";
import { toUsd } from "../../shared/money/money";
import { searchText, type JobCriteria } from "../jobs";
import { JobIndex, type HitOrder, type IndexedJob, type IndexFilter, type PageRequest, type RankedPage } from "./job-index";
import { parseTsquery, parseTsvector } from "./text-search";

/** Jobs read per statement while building. */
const BUILD_BATCH = 5_000;

/** What the index reads of a job: the same columns in a build and a catch-up. */
const DOC_COLUMNS = sql`j.id, j.status,
  floor(extract(epoch FROM j.valid_through) * 1000)::float8 AS "validThrough",
  floor(extract(epoch FROM j.posted_at) * 1000)::float8 AS "postedAt",
  j.category_id AS "categoryId", j.company_id AS "companyId", j.seniority, j.employment_type AS "employmentType", j.remote,
  j.salary_min_usd AS "salaryMinUsd", j.salary_max_usd AS "salaryMaxUsd",
  floor(extract(epoch FROM j.featured_until) * 1000)::float8 AS "featuredUntil",
  j.tags, ARRAY(SELECT jl.location_id FROM job_locations jl WHERE jl.job_id = j.id) AS "locationIds",
  coalesce(j.search_vector::text, '') AS lexemes`;

type DocRow = Omit<IndexedJob, "validThrough" | "featuredUntil"> & {
  status: string;
  validThrough: number | null;
  featuredUntil: number | null;
  lexemes: string;
};

/** Where an index stands against the change log (see the migration job-search-changes). */
interface Position {
  /** The highest change-log sequence number applied. */
  applied: number;
  /** The oldest transaction still running at the last read: its changes (and later ones') are re-read. */
  xmin: string;
  /** Sequence numbers read from those transactions, applied already. */
  recent: Set<string>;
}

/** Where the change log stood for a statement (`logColumns`). */
export interface LogPosition {
  head: string | null;
  recent: number;
}

/** A ranking, and how the statement reading its jobs confirms it (null: its own statement did already). */
export interface Ranking extends RankedPage {
  confirm: SQL | null;
  /** Where the index stood when it ranked. */
  at: { applied: number; recent: number };
  /** The words, as searched. */
  text: string;
}

export interface SearchRequest {
  criteria: JobCriteria;
  order: HitOrder;
  page: PageRequest;
}

/**
 * Full-text job search answered from an index in this process's memory (JobIndex), kept in step
 * with Postgres — the source of truth — through the `job_search_changes` log that triggers on
 * `jobs` and `job_locations` append to. Every search first asks Postgres, in the one statement that
 * also parses its words (`websearch_to_tsquery`, so stemming and stop words are Postgres's) and
 * resolves filter slugs, whether the log has moved; if so it applies the changes first. So a job
 * is findable by the next search on every process the moment its transaction commits, and every
 * process answers alike: the same jobs give the same index whatever order they arrived in. A
 * background poll applies changes between searches.
 *
 * The seam: `rank` takes criteria and a page and answers ids, keys and the total; the page's rows
 * are read by JobService in one statement. A search engine (OpenSearch, Typesense…) fed by the same
 * log would implement the same method.
 */
export class JobSearch {
  private index: JobIndex | null = null;
  private position: Position | null = null;
  private building: Promise<void> | null = null;
  /** One change-log read at a time; searches that find the log moved wait for it. */
  private syncing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private log?: Logger;
  /** Words searched before, and the tsquery Postgres made of them (a pure function of the words). */
  private readonly tsqueries = new Map<string, string>();
  /** `kind:slug` → id (null: no such slug) as a statement last saw it; every remembered ranking is confirmed. */
  private readonly slugIds = new Map<string, number | null>();

  /** Without `start`, the index is built by the first search and follows the log only when searched. */
  constructor(private readonly ds: DataSource) {}

  /**
   * Builds the index in the background and, every `pollMs` (0: never), applies the change log
   * between searches, so that a search seldom waits for it (a server calls this).
   */
  start(pollMs: number, log?: Logger): void {
    this.log = log;
    this.stopped = false;
    void this.ready().catch((error: unknown) =>
      this.log?.warn({ err: error }, "search index: first build failed; the next search retries"),
    );
    if (!pollMs) return;
    this.timer = setInterval(() => {
      if (!this.index || this.syncing) return;
      this.sync().catch((error: unknown) => this.log?.warn({ err: error }, "search index: reading the change log failed"));
    }, pollMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** How big the index is, for the memory report in docs/benchmarks.md. */
  stats(): { jobs: number; postingBytes: number; columnBytes: number } {
    return { jobs: this.index?.size ?? 0, postingBytes: this.index?.postingBytes() ?? 0, columnBytes: this.index?.columnBytes() ?? 0 };
  }

  /**
   * A page of matching jobs' ids with their sort keys, and the number of matches. Words seen before and filter
   * slugs resolved before are ranked at once, from what this process remembers of them; the statement that reads
   * the page's jobs then carries `confirm`, and `confirmed` says whether that statement saw the same change log
   * and slugs (if not, rank again with `{ fresh: true }`). Anything new is asked of Postgres first, in one
   * statement that also says where the log stands (`confirm` is then null).
   */
  async rank({ criteria, order, page }: SearchRequest, { fresh = false } = {}): Promise<Ranking> {
    await this.ready();
    const text = searchText(criteria) ?? "";
    const lists = slugLists(criteria);
    const remembered = fresh ? null : this.remembered(text, criteria);
    const at = { applied: this.position!.applied, recent: this.position!.recent.size };
    if (remembered) {
      const confirm = sql`(SELECT json_build_object('head', l.head, 'recent', l.recent${slugJsonFields(lists)}) FROM (SELECT ${this.logColumns()}) l)`;
      return { ...this.rankWith(remembered.tsquery, criteria, remembered.ids, order, page), confirm, at, text };
    }
    const [found] = await query<LogPosition & { tsquery: string } & SlugIds>(
      this.ds,
      sql`SELECT websearch_to_tsquery('english', ${sql.value(text)})::text AS tsquery, ${this.logColumns()}${slugColumns(lists)}`,
    );
    await this.catchUp(found);
    this.remember(text, found.tsquery, criteria, found);
    return { ...this.rankWith(found.tsquery, criteria, found, order, page), confirm: null, at, text };
  }

  /**
   * Whether the statement that read a remembered ranking's jobs saw what the ranking assumed (`seen`: its
   * `confirm` column): no change-log entry the index had not applied, and the same ids for its slugs. If not,
   * what it saw is applied and remembered, and the caller ranks again.
   */
  async confirmed(ranking: Ranking, criteria: JobCriteria, seen: SearchConfirmation): Promise<boolean> {
    const moved = Number(seen.head ?? 0) > ranking.at.applied || seen.recent > ranking.at.recent;
    const slugsMoved = !sameIds(criteria, seen, this.slugIds);
    this.remember(ranking.text, null, criteria, seen);
    if (moved) await this.catchUp(seen);
    return !moved && !slugsMoved;
  }

  private rankWith(tsqueryText: string, criteria: JobCriteria, ids: SlugIds, order: HitOrder, page: PageRequest): RankedPage {
    const tsquery = parseTsquery(tsqueryText);
    // Only stop words: Postgres's `@@` matches nothing, and so does the index.
    if (!tsquery) return { hits: [], hasNextPage: false, hasPreviousPage: page.cursor != null && !page.backward, total: 0 };
    return this.index!.search(tsquery, indexFilter(criteria, ids), order, page);
  }

  /** What this process has learnt of the words (their tsquery) and of every slug the criteria name; null if anything is new. */
  private remembered(text: string, criteria: JobCriteria): { tsquery: string; ids: SlugIds } | null {
    const tsquery = this.tsqueries.get(text);
    if (tsquery === undefined) return null;
    const ids: SlugIds = {};
    for (const kind of SLUG_KINDS) {
      const slugs = criteria[kind];
      if (!slugs?.length) continue;
      const found: number[] = [];
      for (const slug of slugs) {
        const id = this.slugIds.get(`${kind}:${slug}`);
        if (id === undefined) return null;
        if (id !== null) found.push(id);
      }
      ids[kind] = found;
    }
    return { tsquery, ids };
  }

  /** Keeps what Postgres said of the words and slugs (a few thousand of each at most: the oldest go first). */
  private remember(text: string, tsquery: string | null, criteria: JobCriteria, ids: SlugIds): void {
    if (tsquery !== null) remember(this.tsqueries, text, tsquery);
    for (const kind of SLUG_KINDS) {
      const slugs = criteria[kind];
      if (!slugs?.length || !ids[kind]) continue;
      const known = new Set(ids[kind]);
      // Which slug has which id isn't in the answer when there are several; one slug's is.
      if (slugs.length === 1) remember(this.slugIds, `${kind}:${slugs[0]}`, ids[kind].length ? ids[kind][0] : null);
      else if (!known.size) for (const slug of slugs) remember(this.slugIds, `${kind}:${slug}`, null);
    }
  }

  /**
   * Where the change log stands, as two columns (`head`, `recent`) of a statement: a statement that reads jobs
   * and carries them tells `catchUp` what the index must have applied to agree with what that statement saw.
   */
  private logColumns(): SQL {
    return sql`greatest((SELECT max(seq) FROM job_search_changes), (SELECT h.pruned_through FROM job_search_horizon h))::text AS head,
      (SELECT count(*) FROM job_search_changes WHERE xid >= ${sql.value(this.position!.xmin)}::xid8)::int AS recent`;
  }

  /** Applies the change log first when it has moved past what the index holds (`seen`: `logColumns`' answer). */
  private async catchUp(seen: LogPosition): Promise<void> {
    if (Number(seen.head ?? 0) > this.position!.applied || seen.recent > this.position!.recent.size) await this.sync();
  }

  /**
   * For a page read from Postgres whose total the index will count (`countOpen`): the log's position as a subquery
   * in that page's own statement, so the count needs no statement of its own.
   */
  async logPosition(): Promise<SQL> {
    await this.ready();
    return sql`(SELECT json_build_object('head', l.head, 'recent', l.recent) FROM (SELECT ${this.logColumns()}) l)`;
  }

  /**
   * How many live jobs are in any of `categoryIds` (null: in any category), as `count(*)` over LIVE_JOB would say
   * it to the statement that read `seen` (`logPosition`), from the index: the list's total without counting
   * thousands of rows in Postgres.
   */
  async countOpen(categoryIds: readonly number[] | null, seen: LogPosition): Promise<number> {
    await this.ready();
    await this.catchUp(seen);
    return this.index!.countOpen(categoryIds);
  }

  /** The index, built on first use (and rebuilt when the log says everything changed). */
  private async ready(): Promise<void> {
    if (this.index) return;
    this.building ??= this.rebuild().finally(() => (this.building = null));
    await this.building;
  }

  /** Reads every open published job into a new index, then swaps it in. */
  private async rebuild(): Promise<void> {
    const started = Date.now();
    const [mark] = await query<{ head: string; xmin: string }>(
      this.ds,
      // The log may have been pruned to nothing: the build starts past what was pruned.
      sql`SELECT greatest(coalesce(max(seq), 0), (SELECT h.pruned_through FROM job_search_horizon h))::text AS head,
        pg_snapshot_xmin(pg_current_snapshot())::text AS xmin FROM job_search_changes`,
    );
    const index = new JobIndex();
    for (let after = 0; ;) {
      const rows = await query<DocRow>(
        this.ds,
        sql`SELECT ${DOC_COLUMNS} FROM jobs j
          WHERE j.status = 'PUBLISHED' AND (j.valid_through IS NULL OR j.valid_through > now()) AND j.id > ${sql.value(after)}::int
          ORDER BY j.id LIMIT ${sql.literal(BUILD_BATCH)}`,
      );
      for (const row of rows) index.put(indexed(row), parseTsvector(row.lexemes));
      if (rows.length < BUILD_BATCH) break;
      after = rows[rows.length - 1].id;
    }
    index.trim();
    // Changes made while building are read again by the next sync: applying one twice does no harm.
    this.index = index;
    this.position = { applied: Number(mark.head), xmin: mark.xmin, recent: new Set() };
    this.log?.info(
      { jobs: index.size, ms: Date.now() - started, postingBytes: index.postingBytes(), columnBytes: index.columnBytes() },
      "search index built",
    );
  }

  /** Applies the change log's new rows (one sync at a time). */
  private sync(): Promise<void> {
    this.syncing ??= this.applyChanges().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async applyChanges(): Promise<void> {
    if (this.stopped && this.index) return;
    const position = this.position!;
    const [log] = await query<{ xmin: string; pruned: string; changes: { seq: string; job: number | null; recent: boolean }[] }>(
      this.ds,
      sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
        (SELECT h.pruned_through FROM job_search_horizon h)::text AS pruned,
        coalesce((SELECT json_agg(json_build_object('seq', c.seq::text, 'job', c.job_id, 'recent', c.xid >= pg_snapshot_xmin(pg_current_snapshot())) ORDER BY c.seq)
          FROM job_search_changes c WHERE c.seq > ${sql.value(position.applied)}::bigint OR c.xid >= ${sql.value(position.xmin)}::xid8), '[]') AS changes`,
    );
    const fresh = log.changes.filter((c) => Number(c.seq) > position.applied || !position.recent.has(c.seq));
    if (fresh.some((c) => c.job == null) || Number(log.pruned) > position.applied) {
      // TRUNCATE, or changes this index never applied were pruned from the log: start again from the table.
      this.index = null;
      await this.ready();
      return;
    }
    const ids = [...new Set(fresh.map((c) => c.job!))];
    if (ids.length) {
      const rows = await query<DocRow>(this.ds, sql`SELECT ${DOC_COLUMNS} FROM jobs j WHERE j.id = ANY(${sql.value(ids)}::int[])`);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of ids) {
        const row = byId.get(id);
        if (row && row.status === "PUBLISHED") this.index!.put(indexed(row), parseTsvector(row.lexemes));
        else this.index!.remove(id);
      }
      if (this.index!.needsCompaction()) this.index!.compact();
    }
    this.position = {
      applied: Math.max(position.applied, ...log.changes.map((c) => Number(c.seq))),
      xmin: log.xmin,
      recent: new Set(log.changes.filter((c) => c.recent).map((c) => c.seq)),
    };
  }
}

function indexed(row: DocRow): IndexedJob {
  return {
    id: row.id,
    validThrough: row.validThrough ?? Infinity,
    postedAt: row.postedAt,
    categoryId: row.categoryId,
    companyId: row.companyId,
    seniority: row.seniority,
    employmentType: row.employmentType,
    remote: row.remote,
    salaryMinUsd: row.salaryMinUsd,
    salaryMaxUsd: row.salaryMaxUsd,
    featuredUntil: row.featuredUntil ?? 0,
    tags: row.tags,
    locationIds: row.locationIds,
  };
}

/** The filters that name rows by slug, resolved to ids by Postgres. */
const SLUG_KINDS = ["categories", "companies", "locations"] as const;
type SlugIds = { [K in (typeof SLUG_KINDS)[number]]?: number[] };
/** What the statement reading a remembered ranking's jobs saw (`Ranking.confirm`). */
export type SearchConfirmation = LogPosition & SlugIds;
const SLUG_TABLES = { categories: "job_categories", companies: "companies", locations: "locations" } as const;

/** Each slug filter as the SQL array of its ids. */
function slugLists(criteria: JobCriteria): { kind: (typeof SLUG_KINDS)[number]; ids: SQL }[] {
  return SLUG_KINDS.filter((kind) => criteria[kind]?.length).map((kind) => ({
    kind,
    ids: sql`ARRAY(SELECT id FROM ${sql.identifier(SLUG_TABLES[kind])} WHERE slug = ANY(${sql.value(criteria[kind]!)}::text[]) ORDER BY id)`,
  }));
}
/** The slug filters' id arrays as columns of a statement, and as fields of a json_build_object. */
const slugColumns = (lists: ReturnType<typeof slugLists>) =>
  sql.join(
    lists.map((l) => sql`, ${l.ids} AS ${sql.identifier(l.kind)}`),
    "",
  );
const slugJsonFields = (lists: ReturnType<typeof slugLists>) =>
  sql.join(
    lists.map((l) => sql`, ${sql.literal(l.kind)}, ${l.ids}`),
    "",
  );

/** Whether the ids a statement saw for the criteria's slugs are those remembered. */
function sameIds(criteria: JobCriteria, seen: SlugIds, remembered: Map<string, number | null>): boolean {
  return SLUG_KINDS.every((kind) => {
    const slugs = criteria[kind];
    if (!slugs?.length) return true;
    const known = slugs.map((slug) => remembered.get(`${kind}:${slug}`)).filter((id): id is number => id != null);
    return JSON.stringify([...new Set(known)].sort((a, b) => a - b)) === JSON.stringify(seen[kind] ?? []);
  });
}

/** Adds to a memo of at most MEMO_SIZE entries, forgetting the oldest. */
const MEMO_SIZE = 5_000;
function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  memo.delete(key);
  memo.set(key, value);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
}

/** The criteria besides the words, with filter slugs resolved to ids: what jobConditions says in SQL, for the index to test. */
function indexFilter(c: JobCriteria, ids: { categories?: number[]; companies?: number[]; locations?: number[] }): IndexFilter {
  const list = <T>(values: readonly T[] | null | undefined) => (values?.length ? values : null);
  const filter: IndexFilter = {
    // A filter naming only unknown slugs matches nothing, as `IN (empty)` does.
    nothing: [ids.categories, ids.companies, ids.locations].some((l) => l && !l.length),
    categories: [list(ids.categories), list(c.categoryIds)].filter((l): l is number[] => l != null),
    companies: [list(ids.companies), list(c.companyIds)].filter((l): l is number[] => l != null),
    locations: list(ids.locations),
    seniorities: list(c.seniorities),
    employmentTypes: list(c.employmentTypes),
    remote: list(c.remote),
    tags: list(c.tags?.map((t) => t.toLowerCase())),
    excludeIds: list(c.excludeIds),
    salaryMinUsd: c.salaryMin != null ? toUsd(c.salaryMin, c.salaryCurrency ?? "USD") : null,
    postedAfter: c.postedAfter != null ? c.postedAfter.getTime() : null,
    featured: c.featured ?? null,
  };
  return filter;
}

/** How long the change log keeps a row: far longer than any process polling it (every second) can fall behind. */
export const CHANGE_LOG_KEEP_SECONDS = 3_600;

/**
 * Deletes change-log rows older than `keepSeconds` from transactions that have ended, and records
 * the highest sequence number deleted (a process that had not applied it rebuilds). One statement.
 */
export async function pruneChangeLog(ds: DataSource, keepSeconds = CHANGE_LOG_KEEP_SECONDS): Promise<number> {
  const [row] = await query<{ deleted: number }>(
    ds,
    sql`WITH gone AS (
        DELETE FROM job_search_changes c
        WHERE c.changed_at < now() - make_interval(secs => ${sql.value(keepSeconds)}::int)
          AND c.xid < pg_snapshot_xmin(pg_current_snapshot())
        RETURNING c.seq
      ), moved AS (
        UPDATE job_search_horizon h SET pruned_through = greatest(h.pruned_through, (SELECT max(seq) FROM gone))
        WHERE EXISTS (SELECT 1 FROM gone)
      )
      SELECT count(*)::int AS deleted FROM gone`,
  );
  return row.deleted;
}
