import type { DataSource } from "typeorm";
import { jsonColumns, selectColumns } from "../../shared/db/columns";
import { connectionOf, keysetConnection, type KeysetSort } from "../../shared/db/keyset";
import { ResultCache } from "../../shared/db/result-cache";
import { SqlParams } from "../../shared/db/sql-params";
import type { Connection, ConnectionArgs } from "../../shared/graphql/connection";
import { manyByKey, oneByKey } from "../../shared/loaders/key-order";
import { JobCategory } from "../categories/job-category.entity";
import { Company } from "../companies/company.entity";
import { Location } from "../locations/location.entity";
import { LOCATION_ORDER } from "../locations/location.service";
import { JobOrderField, OrderDirection, type JobFilter, type JobOrder } from "./inputs/job-filter.input";
import { Job } from "./job.entity";
import { jobConditions, LIVE_JOB, validateJobFilter, type JobCriteria } from "./job.filter";
import { FACET_LIMIT, type FacetValue, type JobFacets } from "./job.types";
import { EMPLOYMENT_TYPE_LABELS, REMOTE_LABELS, SENIORITY_LABELS } from "./job.labels";

/** What a jobs page should bring along in its own statement. */
export interface JobInclude {
  totalCount?: boolean;
  description?: boolean;
  company?: boolean;
  category?: boolean;
  locations?: boolean;
}

/** Whose jobs: a company's or a category's. */
export type JobParent = "company" | "category";

/** One parent's first page of jobs, as the firstPages loader batches them. */
export interface FirstJobsKey {
  by: JobParent;
  id: number;
  first: number;
  include: JobInclude;
}

/** A job row, with the relations a JobInclude asked for. */
export type JobWithRelations = Job & { company?: Company; category?: JobCategory; locations?: Location[] };

/** Companies and tags are many: their facets list the busiest ones. */

const DEFAULT_ORDER: JobOrder = { field: JobOrderField.POSTED_AT, direction: OrderDirection.DESC };

/** Reads jobs. Public reads only ever see live jobs. */
export class JobService {
  /** Search rankings, list totals and facet counts read every matching job: they are shared through Postgres. */
  private readonly cache: ResultCache | undefined;

  constructor(
    private readonly ds: DataSource,
    cacheSeconds: number,
  ) {
    this.cache = cacheSeconds > 0 ? new ResultCache(ds, { scope: "jobs", ttlSeconds: cacheSeconds, recheck: [LIVE_JOB] }) : undefined;
  }

  private get columns(): string {
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
    const params = new SqlParams();
    const { where, tsquery } = jobConditions(criteria, params);
    const sort = this.sortFor(order ?? DEFAULT_ORDER, tsquery);
    return keysetConnection<JobWithRelations>(
      this.ds,
      {
        select: this.listSelect(include),
        from: "jobs j",
        where,
        params,
        sort,
        countInline: include.totalCount ? (tsquery ? "window" : "subquery") : undefined,
        cache: this.cache && { store: this.cache, keep: tsquery ? "ranking" : "count" },
      },
      page,
    );
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
    const column = by === "company" ? "j.company_id" : "j.category_id";
    const sort = this.sortFor(DEFAULT_ORDER, null);
    const order = `${sort.key} DESC, ${sort.id} DESC`;
    const params = new SqlParams();
    const ids = params.add(parentIds, "integer[]");
    type Row = JobWithRelations & { parentKey: number; __total: number | null; __key: string | null; __n: string | null };
    const rows: Row[] = await this.ds.query(
      `SELECT p.parent AS "parentKey", ${include.totalCount ? "n.total" : "NULL"} AS "__total", page.*
       FROM unnest(${ids}) WITH ORDINALITY AS p(parent, position)
       ${include.totalCount ? `CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM jobs j WHERE ${LIVE_JOB} AND ${column} = p.parent) n` : ""}
       LEFT JOIN LATERAL (
         SELECT ${this.listSelect(include)}, (${sort.key})::text AS "__key", row_number() OVER (ORDER BY ${order}) AS "__n"
         FROM jobs j WHERE ${LIVE_JOB} AND ${column} = p.parent
         ORDER BY ${order} LIMIT ${params.add(first + 1, "integer")}
       ) page ON true
       ORDER BY p.position, page."__n"`,
      params.values,
    );
    const rowsOf = manyByKey(parentIds, rows);
    return new Map(
      parentIds.map((parent, i) => {
        const mine = rowsOf[i];
        const jobs = mine.filter((r) => r.__n != null).map(({ __total, __n, ...job }) => job);
        const total = mine[0]?.__total;
        const connection = connectionOf(
          sort,
          jobs.slice(0, first),
          { hasNextPage: jobs.length > first, hasPreviousPage: false },
          total == null ? () => this.liveCounts(by, [parent]).then(([n]) => n) : Promise.resolve(total),
        );
        return [parent, connection];
      }),
    );
  }

  /** What a list selects: the job without its description unless asked for, and the relations asked for. */
  private listSelect(include: JobInclude): string {
    // A list rarely shows descriptions: leave them in TOAST unless asked for.
    const select = [include.description ? this.columns : selectColumns(this.ds, Job, "j", ["description"])];
    if (include.company) {
      select.push(`(SELECT ${jsonColumns(this.ds, Company, "c")} FROM companies c WHERE c.id = j.company_id) AS "company"`);
    }
    if (include.category) {
      select.push(`(SELECT ${jsonColumns(this.ds, JobCategory, "c")} FROM job_categories c WHERE c.id = j.category_id) AS "category"`);
    }
    if (include.locations) {
      select.push(`(SELECT coalesce(json_agg(${jsonColumns(this.ds, Location, "l")} ORDER BY ${LOCATION_ORDER}), '[]')
        FROM job_locations jl JOIN locations l ON l.id = jl.location_id WHERE jl.job_id = j.id) AS "locations"`);
    }
    return select.join(", ");
  }

  private sortFor(order: JobOrder, tsquery: string | null): KeysetSort {
    const direction = order.direction;
    switch (order.field) {
      case JobOrderField.SALARY:
        return direction === OrderDirection.DESC
          ? { name: "salary-desc", key: "coalesce(j.salary_max_usd, -1)", keyType: "integer", direction, id: "j.id" }
          : { name: "salary-asc", key: "coalesce(j.salary_min_usd, 2147483647)", keyType: "integer", direction, id: "j.id" };
      case JobOrderField.RELEVANCE:
        if (tsquery) {
          const rank = `ts_rank_cd(j.rank_vector, ${tsquery})`;
          return { name: `relevance-${direction}`, key: rank, keyType: "real", direction, id: "j.id" };
        }
        return { name: "posted-DESC", key: "j.posted_at", keyType: "timestamptz", direction: OrderDirection.DESC, id: "j.id" };
      default:
        return { name: `posted-${direction}`, key: "j.posted_at", keyType: "timestamptz", direction, id: "j.id" };
    }
  }

  /** A live job by slug, or null. */
  async liveBySlug(slug: string): Promise<Job | null> {
    const rows: Job[] = await this.ds.query(`SELECT ${this.columns} FROM jobs j WHERE j.slug = $1 AND ${LIVE_JOB}`, [slug]);
    return rows[0] ?? null;
  }

  /** Live jobs by id, in key order (null where a job is missing or not live). */
  async liveByIds(ids: readonly number[]): Promise<(Job | null)[]> {
    const rows: Job[] = await this.ds.query(`SELECT ${this.columns} FROM jobs j WHERE j.id = ANY($1::int[]) AND ${LIVE_JOB}`, [ids]);
    return oneByKey(ids, rows, (r) => r.id);
  }

  /**
   * Live jobs in the same category, those sharing the most tags first. Candidates are the
   * category's 200 newest jobs, so the cost stays flat however large the category grows.
   */
  async similar(job: Job, first: number): Promise<Job[]> {
    return this.ds.query(
      `SELECT * FROM (
         SELECT ${this.columns} FROM jobs j
         WHERE ${LIVE_JOB} AND j.category_id = $1 AND j.id <> $2
         ORDER BY j.posted_at DESC, j.id DESC
         LIMIT 200
       ) candidate
       ORDER BY cardinality(ARRAY(SELECT unnest(candidate.tags) INTERSECT SELECT unnest($3::text[]))) DESC, candidate."postedAt" DESC, candidate.id DESC
       LIMIT $4`,
      [job.categoryId, job.id, job.tags, first],
    );
  }

  /** Live job counts per company, category or location id, in key order (0 where none). */
  async liveCounts(by: JobParent | "location", ids: readonly number[]): Promise<number[]> {
    const key = { company: "j.company_id", category: "j.category_id", location: "jl.location_id" }[by];
    const join = by === "location" ? "JOIN job_locations jl ON jl.job_id = j.id" : "";
    const rows: { key: number; n: number }[] = await this.ds.query(
      `SELECT ${key} AS key, count(*)::int AS n FROM jobs j ${join} WHERE ${LIVE_JOB} AND ${key} = ANY($1::int[]) GROUP BY 1`,
      [ids],
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
    const params = new SqlParams();
    return this.cache.value(["facets", jobConditions(filter, params).where, params.values], () => this.countFacets(filter));
  }

  private async countFacets(filter: JobFilter | null | undefined): Promise<JobFacets> {
    // Enum facets keep the enum's own order (the seniority ladder); the others go busiest first.
    const dims = [
      {
        filterKey: "categories",
        column: "c.slug",
        label: "c.name",
        join: "JOIN job_categories c ON c.id = j.category_id",
        order: "count(*) DESC, c.name",
        limit: FACET_LIMIT,
      },
      { filterKey: "seniorities", column: "j.seniority", label: null, join: "", order: "j.seniority" },
      { filterKey: "remote", column: "j.remote", label: null, join: "", order: "j.remote" },
      { filterKey: "employmentTypes", column: "j.employment_type", label: null, join: "", order: "j.employment_type" },
      {
        filterKey: "locations",
        column: "l.slug",
        label: "l.city",
        join: "JOIN job_locations jl ON jl.job_id = j.id JOIN locations l ON l.id = jl.location_id",
        order: "count(*) DESC, l.city",
        limit: FACET_LIMIT,
      },
      {
        filterKey: "companies",
        column: "co.slug",
        label: "co.name",
        join: "JOIN companies co ON co.id = j.company_id",
        order: "count(*) DESC, co.name",
        limit: FACET_LIMIT,
      },
      {
        filterKey: "tags",
        column: "tag",
        label: null,
        join: "CROSS JOIN LATERAL unnest(j.tags) AS tag",
        order: "count(*) DESC, tag",
        limit: FACET_LIMIT,
      },
    ] as const;

    const totalParams = new SqlParams();
    const total = this.ds
      .query(`SELECT count(*)::int AS n FROM jobs j WHERE ${jobConditions(filter, totalParams).where.join(" AND ")}`, totalParams.values)
      .then((rows: { n: number }[]) => rows[0].n);

    const counts = dims.map((dim) => {
      const params = new SqlParams();
      const { where } = jobConditions(filter, params, dim.filterKey);
      return this.ds
        .query(
          `SELECT ${dim.column}::text AS value, ${dim.label ?? `${dim.column}::text`} AS label, count(*)::int AS count
           FROM jobs j ${dim.join} WHERE ${where.join(" AND ")}
           GROUP BY ${dim.column}${dim.label ? `, ${dim.label}` : ""} ORDER BY ${dim.order}
           ${"limit" in dim ? `LIMIT ${dim.limit}` : ""}`,
          params.values,
        )
        .then((rows: FacetValue[]) => rows);
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
