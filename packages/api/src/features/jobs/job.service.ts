import type { DataSource } from "typeorm";
import { fromJsonColumns, jsonColumns, selectColumns } from "../../shared/db/columns";
import { connectionOf, decodePage, keysetConnection, type KeysetSort } from "../../shared/db/keyset";
import { queryPrepared } from "../../shared/db/prepared";
import { ResultCache } from "../../shared/db/result-cache";
import { and, query, sql, type SQL } from "../../shared/db/sql";
import type { Connection, ConnectionArgs } from "../../shared/graphql/connection";
import { manyByKey, oneByKey } from "../../shared/loaders/key-order";
import { JobCategory } from "../categories";
import { Company } from "../companies";
import { Location, LOCATION_ORDER } from "../locations";
import type { HitOrder, JobSearch, LogPosition, SearchConfirmation } from "../search";
import { JobOrderField, OrderDirection, type JobFilter, type JobOrder } from "./inputs/job-filter.input";
import { Job } from "./job.entity";
import { EVER_PUBLISHED_JOB, jobConditions, LIVE_JOB, searchText, validateJobFilter, type JobCriteria } from "./job.filter";
import { FACET_LIMIT, type FacetValue, type JobFacets } from "./job.types";
import { EMPLOYMENT_TYPE_LABELS, REMOTE_LABELS, SENIORITY_LABELS } from "./job.labels";

/** What a jobs page should bring along in its own statement. */
export interface JobInclude {
  totalCount?: boolean;
  description?: boolean;
  /** Only these of the job's columns (the fields selected read no others); null or absent: all but the description, unless asked for. */
  jobColumns?: readonly (keyof Job & string)[] | null;
  company?: boolean;
  /** Only these of the company's columns (the fields selected read no others); null or absent: all. */
  companyColumns?: readonly (keyof Company & string)[] | null;
  category?: boolean;
  /** Only these of the category's columns; null or absent: all. */
  categoryColumns?: readonly (keyof JobCategory & string)[] | null;
  locations?: boolean;
  /** The glossary's generation (for the terms a description mentions: features/glossary). */
  glossaryGeneration?: boolean;
}

/** What listSelect's shape depends on (totalCount is not selected by it). */
const INCLUDED = ["description", "company", "category", "locations", "glossaryGeneration"] as const satisfies readonly (keyof JobInclude)[];

/**
 * A JobInclude's shape: what listSelect's fragment depends on, as bits and the column lists it reads
 * ("*": the whole row). Bounded: the column lists are subsets of the fields' reads (JOB_FIELD_READS,
 * COMPANY_FIELD_READS, …). Worked out once per include (includes are worked out once per field of a
 * document, and only read).
 */
const shapeOf = (include: JobInclude): string => {
  let shape = shapes.get(include);
  if (shape === undefined) {
    const columns = (included: boolean | undefined, list: readonly string[] | null | undefined) =>
      included ? (list?.join(",") ?? "*") : "";
    const bits = INCLUDED.reduce((all, key, i) => (include[key] ? all | (1 << i) : all), 0);
    shape = `${bits}|${include.jobColumns?.join(",") ?? "*"}|${columns(include.company, include.companyColumns)}|${columns(include.category, include.categoryColumns)}`;
    shapes.set(include, shape);
  }
  return shape;
};
const shapes = new WeakMap<JobInclude, string>();

/** The slug placeholder of bySlug's statements. */
const SLUG = Symbol("slug");

/** Whose jobs: a company's or a category's. */
export type JobParent = "company" | "category";

/** The column of `jobs j` naming a job's parent. */
const PARENT_COLUMN: Record<JobParent, SQL> = { company: sql`j.company_id`, category: sql`j.category_id` };

/** One parent's first page of jobs, as the firstPages loader batches them. */
export interface FirstJobsKey {
  by: JobParent;
  id: number;
  first: number;
  include: JobInclude;
}

/** A job row, with the relations a JobInclude asked for. */
export type JobWithRelations = Job & { company?: Company; category?: JobCategory; locations?: Location[]; glossaryGeneration?: string };

/** A row of a parent's first page of jobs (firstPageOf), with what its statement adds; `__n` null: the parent has no job. */
export type FirstPageRow = JobWithRelations & {
  __key: string | null;
  __n: string | null;
  __total?: number | null;
  __parent?: unknown;
  parentKey?: number;
};

/** Companies and tags are many: their facets list the busiest ones. */

const DEFAULT_ORDER: JobOrder = { field: JobOrderField.POSTED_AT, direction: OrderDirection.DESC };

/** Whether a filter is at most categories (by slug or id): the search index counts such a list's live jobs. */
function countedByCategory(criteria: JobCriteria | null | undefined): boolean {
  if (!criteria) return true;
  const { categories, categoryIds, salaryCurrency: _currency, ...rest } = criteria;
  if (categories?.length && categoryIds?.length) return false;
  const empty = (value: unknown) =>
    value == null || (Array.isArray(value) && value.length === 0) || (typeof value === "string" && !value.trim());
  return Object.values(rest).every(empty);
}

/** Reads jobs. Public reads only ever see live jobs. */
export class JobService {
  /** Search rankings, list totals and facet counts read every matching job: they are shared through Postgres. */
  private readonly cache: ResultCache | undefined;

  constructor(
    private readonly ds: DataSource,
    cacheSeconds: number,
    /** Answers searches with words in them; without it, Postgres ranks every match. */
    private readonly search?: JobSearch,
  ) {
    this.cache = cacheSeconds > 0 ? new ResultCache(ds, { scope: "jobs", ttlSeconds: cacheSeconds }) : undefined;
  }

  private get columns(): SQL {
    return selectColumns(this.ds, Job, "j");
  }

  /**
   * A page of live jobs. `include` names what the client will read next, so it comes in the same
   * statement: the total, and each job's company, category and locations (as `JobWithRelations`).
   */
  async connection(
    criteria: JobCriteria | null | undefined,
    order: JobOrder | null | undefined,
    page: ConnectionArgs,
    include: JobInclude = {},
  ): Promise<Connection<JobWithRelations>> {
    validateJobFilter(criteria);
    if (this.search && criteria && searchText(criteria)) return this.searchConnection(criteria, order ?? DEFAULT_ORDER, page, include);
    if (this.search && include.totalCount && countedByCategory(criteria)) {
      return this.indexCountedConnection(criteria, order ?? DEFAULT_ORDER, page, include);
    }
    const { where, tsquery } = jobConditions(criteria);
    const sort = this.sortFor(order ?? DEFAULT_ORDER, tsquery);
    return keysetConnection<JobWithRelations>(
      this.ds,
      {
        select: this.listSelect(include),
        from: sql`jobs j`,
        where,
        sort,
        countInline: include.totalCount ? (tsquery ? "window" : "subquery") : undefined,
        // A cached ranking's rows are re-checked for being live: a closing date can pass without a write.
        cache: this.cache && { store: this.cache, keep: tsquery ? "ranking" : "count", recheck: [LIVE_JOB] },
      },
      page,
    );
  }

  /**
   * A page of live jobs filtered by category at most (the latest jobs, a category's jobs) whose total the
   * search index counts: the page is one statement that reads no more rows than the page (an index scan
   * in the order asked), carrying the change log's position and the categories' ids, and the index counts
   * the thousands of matches from typed arrays, as fresh as that statement. Postgres counting a category's
   * 10,000 live jobs was most of the work of a list page.
   */
  private async indexCountedConnection(
    criteria: JobCriteria | null | undefined,
    order: JobOrder,
    args: ConnectionArgs,
    include: JobInclude,
  ): Promise<Connection<JobWithRelations>> {
    const { where } = jobConditions(criteria);
    const slugs = criteria?.categories?.length ? criteria.categories : null;
    const categoryIds = slugs ? sql`ARRAY(SELECT c.id FROM job_categories c WHERE c.slug = ANY(${sql.value(slugs)}::text[]))` : sql`NULL`;
    // What the index needs to count the total, as JSON (carried as text: pg would parse JSON or an array on every row).
    const carry = sql`json_build_object('log', ${await this.search!.logPosition()}, 'categoryIds', ${categoryIds})`;
    const page = await keysetConnection<JobWithRelations>(
      this.ds,
      { select: this.listSelect(include), from: sql`jobs j`, where, sort: this.sortFor(order, null), carry },
      args,
    );
    // An empty page (past the end) carries no position: Postgres counts, as for any list.
    if (page.carried === undefined) return page;
    const counting = JSON.parse(page.carried) as { log: LogPosition; categoryIds: number[] | null };
    const total = this.search!.countOpen(slugs ? counting.categoryIds : (criteria?.categoryIds ?? null), counting.log);
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: total };
  }

  /**
   * A page of a search with words in it: the search index ranks the matches, then one statement
   * reads the page's jobs (and what `include` asks for) by id, in the index's order.
   */
  private async searchConnection(
    criteria: JobCriteria,
    order: JobOrder,
    args: ConnectionArgs,
    include: JobInclude,
  ): Promise<Connection<JobWithRelations>> {
    const by = indexOrderFor(order);
    const sort = this.sortFor(order, sql`indexed`, by);
    const { size, cursor, backward } = decodePage(args, sort);
    const request = {
      criteria,
      order: by,
      page: { size, backward, direction: sort.direction, cursor: cursor && { key: cursorKeyValue(by, cursor.key), id: cursor.id } },
    };
    let ranked = await this.search!.rank(request);
    let rows = await this.rowsByIds(ranked.hits, include, ranked.confirm);
    // A ranking from what this process remembered is confirmed by the rows' own statement; rarely, it saw news.
    if (ranked.confirm && !(rows[0] && (await this.search!.confirmed(ranked, criteria, rows[0].__confirm!)))) {
      ranked = await this.search!.rank(request, { fresh: true });
      rows = await this.rowsByIds(ranked.hits, include, null);
    }
    const keys = new Map(ranked.hits.map((h) => [h.id, cursorKeyText(by, h.key)]));
    return connectionOf(
      sort,
      rows.map(({ __confirm: _confirm, ...row }) => ({ ...row, __key: keys.get(row.id)! })),
      { hasNextPage: ranked.hasNextPage, hasPreviousPage: ranked.hasPreviousPage },
      Promise.resolve(ranked.total),
    );
  }

  /** The jobs of a ranking's hits, in its order, in one statement (carrying `confirm` when given, as `__confirm`). */
  private async rowsByIds(
    hits: readonly { id: number }[],
    include: JobInclude,
    confirm: SQL | null,
  ): Promise<(JobWithRelations & { __confirm?: SearchConfirmation })[]> {
    if (!hits.length) return [];
    const rows = await query<JobWithRelations & { __confirm?: SearchConfirmation }>(
      this.ds,
      sql`SELECT ${this.listSelect(include)}${confirm ? sql`, ${confirm} AS "__confirm"` : sql.blank}
        FROM unnest(${sql.value(hits.map((h) => h.id))}::int[]) WITH ORDINALITY AS hit(id, n) JOIN jobs j ON j.id = hit.id ORDER BY hit.n`,
    );
    return rows;
  }

  /**
   * The first page of live jobs of each of many companies or categories, newest first, in one
   * statement for all of them (a list of companies, each showing its latest jobs). Keys asking for
   * the same page size and relations share a statement; later pages go through `connection`.
   */
  async firstPages(keys: readonly FirstJobsKey[]): Promise<Connection<JobWithRelations>[]> {
    const groups = new Map<string, FirstJobsKey[]>();
    for (const key of keys) {
      const group = JSON.stringify([key.by, key.first, key.include]);
      groups.set(group, (groups.get(group) ?? []).concat(key));
    }
    const pages = new Map<FirstJobsKey, Connection<JobWithRelations>>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const { by, first, include } = group[0];
        const byParent = await this.firstPagesOf(by, [...new Set(group.map((k) => k.id))], first, include);
        for (const key of group) pages.set(key, byParent.get(key.id)!);
      }),
    );
    return keys.map((key) => pages.get(key)!);
  }

  private async firstPagesOf(
    by: JobParent,
    parentIds: number[],
    first: number,
    include: JobInclude,
  ): Promise<Map<number, Connection<JobWithRelations>>> {
    const rows = await query<FirstPageRow & { parentKey: number }>(
      this.ds,
      sql`SELECT p.parent AS "parentKey", ${include.totalCount ? sql`n.total` : sql`NULL`} AS "__total", page.*
       FROM unnest(${sql.value(parentIds)}::integer[]) WITH ORDINALITY AS p(parent, position)
       ${include.totalCount ? sql`CROSS JOIN LATERAL (${this.liveCountOf(by, sql`p.parent`)}) n` : sql.blank}
       LEFT JOIN LATERAL (${this.firstPageOf(by, sql`p.parent`, first, include)}) page ON true
       ORDER BY p.position, page."__n"`,
    );
    const rowsOf = manyByKey(parentIds, rows);
    return new Map(
      parentIds.map((parent, i) => {
        const total = rowsOf[i][0]?.__total;
        const connection = this.firstPageConnection(
          rowsOf[i],
          first,
          total == null ? () => this.liveCounts(by, [parent]).then(([n]) => n) : Promise.resolve(total),
        );
        return [parent, connection];
      }),
    );
  }

  /**
   * A company's page in one statement: the company by slug, its live jobs' count and their first
   * page (newest first, with what `include` asks for); null for no such company.
   */
  async companyPage(
    slug: string,
    first: number,
    include: JobInclude,
  ): Promise<{ company: Company; liveJobs: number; jobs: Connection<JobWithRelations> } | null> {
    const rows = await queryPrepared<FirstPageRow & { __parent: Record<string, unknown>; __total: number }>(
      this.ds,
      sql`SELECT ${jsonColumns(this.ds, Company, "co")} AS "__parent", n.total AS "__total", page.*
       FROM companies co
       CROSS JOIN LATERAL (${this.liveCountOf("company", sql`co.id`)}) n
       LEFT JOIN LATERAL (${this.firstPageOf("company", sql`co.id`, first, include)}) page ON true
       WHERE co.slug = ${sql.value(slug)}::text
       ORDER BY page."__n"`,
    );
    if (!rows.length) return null;
    const { __parent: json, __total: total } = rows[0];
    const company = fromJsonColumns(this.ds, Company, json);
    return { company, liveJobs: total, jobs: this.firstPageConnection(rows, first, Promise.resolve(total)) };
  }

  /**
   * A parent's first `first` (+1, to know if there is more) live jobs, newest first, numbered `__n`:
   * a LATERAL subquery, for a statement that reads a parent's page with its jobs (`parent` is the
   * parent's id in that statement; its rows go to firstPageConnection).
   */
  firstPageOf(by: JobParent, parent: SQL, first: number, include: JobInclude): SQL {
    const sort = this.sortFor(DEFAULT_ORDER, null);
    const order = sql`${sort.key} DESC, ${sort.id} DESC`;
    return sql`SELECT ${this.listSelect(include)}, (${sort.key})::text AS "__key", row_number() OVER (ORDER BY ${order}) AS "__n"
         FROM jobs j WHERE ${LIVE_JOB} AND ${PARENT_COLUMN[by]} = ${parent}
         ORDER BY ${order} LIMIT ${sql.value(first + 1)}::integer`;
  }

  /** The live jobs of a parent, counted: a LATERAL subquery giving `total`. */
  liveCountOf(by: JobParent, parent: SQL): SQL {
    return sql`SELECT count(*)::int AS total FROM jobs j WHERE ${LIVE_JOB} AND ${PARENT_COLUMN[by]} = ${parent}`;
  }

  /** The connection of a first page read by `firstPageOf` (rows with no `__n`: the parent has no job). */
  firstPageConnection(rows: FirstPageRow[], first: number, total: Promise<number> | (() => Promise<number>)): Connection<JobWithRelations> {
    const jobs = rows.filter((r) => r.__n != null).map(({ __n, __total, __parent, parentKey: _parent, ...job }) => job);
    return connectionOf(
      this.sortFor(DEFAULT_ORDER, null),
      jobs.slice(0, first),
      { hasNextPage: jobs.length > first, hasPreviousPage: false },
      total,
    );
  }

  /** listSelect's fragments by what they include: a handful of shapes, built once each (pg-sql2 fragments are immutable). */
  private readonly selects = new Map<string, SQL>();

  /** What a list selects: the job without its description unless asked for, and the relations asked for. */
  private listSelect(include: JobInclude): SQL {
    const shape = shapeOf(include);
    let select = this.selects.get(shape);
    if (!select) this.selects.set(shape, (select = this.buildListSelect(include)));
    return select;
  }

  private buildListSelect(include: JobInclude): SQL {
    // A list rarely shows descriptions: leave them in TOAST unless asked for; and read only the columns
    // the selected fields read, when that is known (JOB_FIELD_READS): each is a value pg parses per row.
    const select = [selectColumns(this.ds, Job, "j", include.description ? [] : ["description"], include.jobColumns ?? null)];
    if (include.company) {
      const company = jsonColumns(this.ds, Company, "c", include.companyColumns);
      select.push(sql`(SELECT ${company} FROM companies c WHERE c.id = j.company_id) AS "company"`);
    }
    if (include.category) {
      const category = jsonColumns(this.ds, JobCategory, "c", include.categoryColumns);
      select.push(sql`(SELECT ${category} FROM job_categories c WHERE c.id = j.category_id) AS "category"`);
    }
    if (include.locations) {
      select.push(sql`(SELECT coalesce(json_agg(${jsonColumns(this.ds, Location, "l")} ORDER BY ${LOCATION_ORDER}), '[]')
        FROM job_locations jl JOIN locations l ON l.id = jl.location_id WHERE jl.job_id = j.id) AS "locations"`);
    }
    if (include.glossaryGeneration) {
      select.push(sql`(SELECT g.generation::text FROM cache_generations g WHERE g.scope = 'glossary') AS "glossaryGeneration"`);
    }
    return sql.join(select, ", ");
  }

  /** How a list is ordered; `indexed`: the search index orders it (and its relevance is the index's score). */
  private sortFor(order: JobOrder, tsquery: SQL | null, indexed?: HitOrder): KeysetSort {
    const direction = order.direction;
    const id = sql`j.id`;
    if (indexed === "relevance") return { name: `score-${direction}`, key: sql.blank, keyType: "real", direction, id };
    switch (order.field) {
      case JobOrderField.SALARY:
        return direction === OrderDirection.DESC
          ? { name: "salary-desc", key: sql`coalesce(j.salary_max_usd, -1)`, keyType: "integer", direction, id }
          : { name: "salary-asc", key: sql`coalesce(j.salary_min_usd, 2147483647)`, keyType: "integer", direction, id };
      case JobOrderField.RELEVANCE:
        if (tsquery) {
          const rank = sql`ts_rank_cd(j.rank_vector, ${tsquery})`;
          return { name: `relevance-${direction}`, key: rank, keyType: "real", direction, id };
        }
        return { name: "posted-DESC", key: sql`j.posted_at`, keyType: "timestamptz", direction: OrderDirection.DESC, id };
      default:
        return { name: `posted-${direction}`, key: sql`j.posted_at`, keyType: "timestamptz", direction, id };
    }
  }

  /**
   * A live job by slug (with `ended`, also one that has expired or closed), or null, with what `include`
   * asks for: a job's page in one statement (prepared: a lookup by a unique key plans the same for every slug).
   */
  async bySlug(slug: string, include: JobInclude = {}, { ended = false }: { ended?: boolean } = {}): Promise<JobWithRelations | null> {
    const shape = shapeOf(include);
    let statements = this.bySlugStatements.get(shape);
    if (!statements) this.bySlugStatements.set(shape, (statements = {}));
    const statement = (statements[ended ? "ended" : "live"] ??= sql`SELECT ${this.listSelect({ ...include, description: true })} FROM jobs j
          WHERE j.slug = ${sql.placeholder(SLUG)}::text AND ${ended ? EVER_PUBLISHED_JOB : LIVE_JOB}`);
    const rows = await queryPrepared<JobWithRelations>(this.ds, statement, new Map([[SLUG, slug]]));
    return rows[0] ?? null;
  }

  /** bySlug's statements by shape (what they include), live or ended, the slug a placeholder: built once each. */
  private readonly bySlugStatements = new Map<string, { live?: SQL; ended?: SQL }>();

  /** Live jobs by id, in key order (null where a job is missing or not live). */
  async liveByIds(ids: readonly number[]): Promise<(Job | null)[]> {
    const rows = await query<Job>(
      this.ds,
      sql`SELECT ${this.columns} FROM jobs j WHERE j.id = ANY(${sql.value(ids)}::int[]) AND ${LIVE_JOB}`,
    );
    return oneByKey(ids, rows, (r) => r.id);
  }

  /**
   * Live jobs in the same category, those sharing the most tags first. Candidates are the
   * category's 200 newest jobs, so the cost stays flat however large the category grows.
   */
  async similar(job: Job, first: number): Promise<Job[]> {
    return query<Job>(
      this.ds,
      sql`SELECT * FROM (
         SELECT ${this.columns} FROM jobs j
         WHERE ${LIVE_JOB} AND j.category_id = ${sql.value(job.categoryId)} AND j.id <> ${sql.value(job.id)}
         ORDER BY j.posted_at DESC, j.id DESC
         LIMIT 200
       ) candidate
       ORDER BY cardinality(ARRAY(SELECT unnest(candidate.tags) INTERSECT SELECT unnest(${sql.value(job.tags)}::text[]))) DESC, candidate."postedAt" DESC, candidate.id DESC
       LIMIT ${sql.value(first)}`,
    );
  }

  /** Live job counts per company, category or location id, in key order (0 where none). */
  async liveCounts(by: JobParent | "location", ids: readonly number[]): Promise<number[]> {
    const key = by === "location" ? sql`jl.location_id` : PARENT_COLUMN[by];
    const join = by === "location" ? sql`JOIN job_locations jl ON jl.job_id = j.id` : sql.blank;
    const rows = await query<{ key: number; n: number }>(
      this.ds,
      sql`SELECT ${key} AS key, count(*)::int AS n FROM jobs j ${join} WHERE ${LIVE_JOB} AND ${key} = ANY(${sql.value(ids)}::int[]) GROUP BY 1`,
    );
    return oneByKey(ids, rows, (r) => r.key).map((row) => row?.n ?? 0);
  }

  /**
   * Counts per filter value; each dimension's counts ignore that dimension's own filter. Eight
   * counts over every matching job: kept in the result cache.
   */
  async facets(filter: JobFilter | null | undefined): Promise<JobFacets> {
    validateJobFilter(filter);
    if (!this.cache) return this.countFacets(filter);
    return this.cache.value("facets", and(jobConditions(filter).where), () => this.countFacets(filter));
  }

  private async countFacets(filter: JobFilter | null | undefined): Promise<JobFacets> {
    // Enum facets keep the enum's own order (the seniority ladder); the others go busiest first.
    const dims = [
      {
        filterKey: "categories",
        column: sql`c.slug`,
        label: sql`c.name`,
        join: sql`JOIN job_categories c ON c.id = j.category_id`,
        order: sql`count(*) DESC, c.name`,
        limit: FACET_LIMIT,
      },
      { filterKey: "seniorities", column: sql`j.seniority`, label: null, join: sql.blank, order: sql`j.seniority` },
      { filterKey: "remote", column: sql`j.remote`, label: null, join: sql.blank, order: sql`j.remote` },
      { filterKey: "employmentTypes", column: sql`j.employment_type`, label: null, join: sql.blank, order: sql`j.employment_type` },
      {
        filterKey: "locations",
        column: sql`l.slug`,
        label: sql`l.city`,
        join: sql`JOIN job_locations jl ON jl.job_id = j.id JOIN locations l ON l.id = jl.location_id`,
        order: sql`count(*) DESC, l.city`,
        limit: FACET_LIMIT,
      },
      {
        filterKey: "companies",
        column: sql`co.slug`,
        label: sql`co.name`,
        join: sql`JOIN companies co ON co.id = j.company_id`,
        order: sql`count(*) DESC, co.name`,
        limit: FACET_LIMIT,
      },
      {
        filterKey: "tags",
        column: sql`tag`,
        label: null,
        join: sql`CROSS JOIN LATERAL unnest(j.tags) AS tag`,
        order: sql`count(*) DESC, tag`,
        limit: FACET_LIMIT,
      },
    ] as const;

    const total = query<{ n: number }>(this.ds, sql`SELECT count(*)::int AS n FROM jobs j WHERE ${and(jobConditions(filter).where)}`).then(
      (rows) => rows[0].n,
    );

    const counts = dims.map((dim) => {
      const { where } = jobConditions(filter, dim.filterKey);
      return query<FacetValue>(
        this.ds,
        sql`SELECT ${dim.column}::text AS value, ${dim.label ?? sql`${dim.column}::text`} AS label, count(*)::int AS count
           FROM jobs j ${dim.join} WHERE ${and(where)}
           GROUP BY ${dim.column}${dim.label ? sql`, ${dim.label}` : sql.blank} ORDER BY ${dim.order}
           ${"limit" in dim ? sql`LIMIT ${sql.literal(dim.limit)}` : sql.blank}`,
      );
    });
    const [n, categories, seniorities, remote, employmentTypes, locations, companies, tags] = await Promise.all([total, ...counts]);
    const labelled = (rows: FacetValue[], labels: Record<string, string>) => rows.map((r) => ({ ...r, label: labels[r.value] ?? r.value }));
    return {
      total: n,
      categories,
      seniorities: labelled(seniorities, SENIORITY_LABELS),
      remote: labelled(remote, REMOTE_LABELS),
      employmentTypes: labelled(employmentTypes, EMPLOYMENT_TYPE_LABELS),
      locations,
      companies,
      tags,
    };
  }
}

/** The index's order for a JobOrder (relevance when there are words, as with Postgres). */
function indexOrderFor(order: JobOrder): HitOrder {
  switch (order.field) {
    case JobOrderField.RELEVANCE:
      return "relevance";
    case JobOrderField.SALARY:
      return order.direction === OrderDirection.DESC ? "salary-desc" : "salary-asc";
    default:
      return "posted";
  }
}

/** A hit's sort key as a cursor carries it: as Postgres prints it for the same sort (a time as ISO text). */
function cursorKeyText(by: HitOrder, key: number): string {
  return by === "posted" ? new Date(key).toISOString() : String(key);
}

function cursorKeyValue(by: HitOrder, key: string | null): number {
  if (key == null) return by === "relevance" ? 0 : NaN;
  return by === "posted" ? Date.parse(key) : Number(key);
}
