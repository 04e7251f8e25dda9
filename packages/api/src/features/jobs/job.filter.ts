import { BadUserInputError } from "../../shared/errors/app-error";
import { sql, type SQL } from "../../shared/db/sql";
import { isSupportedCurrency, toUsd } from "../../shared/money/money";
import type { JobFilter } from "./inputs/job-filter.input";
import { JobStatus } from "./job.enums";

/** A public JobFilter plus the internal narrowing that parent -> jobs hops need. */
export interface JobCriteria extends JobFilter {
  companyIds?: number[];
  categoryIds?: number[];
  excludeIds?: number[];
}

/** Jobs anyone may see: published and not past their closing date. */
export const LIVE_JOB = sql`j.status = 'PUBLISHED' AND (j.valid_through IS NULL OR j.valid_through > now())`;
/** What LIVE_JOB says, for a job already read. */
export function isLiveJob(job: { status: JobStatus; validThrough: Date | null }): boolean {
  return job.status === JobStatus.PUBLISHED && (job.validThrough == null || job.validThrough.getTime() > Date.now());
}

/** A job that was public once: live, or ended (expired by date or by status, or closed). Never a draft, one in review or one rejected. */
export const EVER_PUBLISHED_JOB = sql`j.status IN ('PUBLISHED', 'EXPIRED', 'CLOSED')`;

const nonEmpty = <T>(list: T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;

/** Checks what class-validator cannot: rules that depend on our data. */
export function validateJobFilter(filter: JobFilter | null | undefined, field = "filter"): void {
  if (filter?.salaryCurrency != null && !isSupportedCurrency(filter.salaryCurrency)) {
    throw BadUserInputError.field(`${field}.salaryCurrency`, `is not a supported currency`);
  }
}

/**
 * The normalised full-text query, or null when there is nothing to search for. A hyphen inside a
 * word splits it ("machine-learning" is "machine learning"): Postgres would otherwise also require
 * the hyphenated compound, which text that spells it with a space does not have. A hyphen that
 * starts a word still excludes it ("-senior").
 */
export function searchText(filter: JobFilter | null | undefined): string | null {
  const text = filter?.query?.trim().replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, " ");
  return text ? text : null;
}

export interface JobConditions {
  /** Conditions to AND together. */
  where: SQL[];
  /** The full-text query as SQL, for ranking by relevance; null without a query. */
  tsquery: SQL | null;
}

/**
 * SQL conditions over `jobs j` for a filter, live jobs only. `omit` drops one dimension, for facet
 * counts that show what choosing another value of that dimension would give.
 */
export function jobConditions(criteria: JobCriteria | null | undefined, omit?: keyof JobFilter): JobConditions {
  const c = criteria ?? {};
  const where = [LIVE_JOB];
  const text = searchText(c);
  let tsquery: SQL | null = null;
  if (text && omit !== "query") {
    tsquery = sql`websearch_to_tsquery('english', ${sql.value(text)})`;
    where.push(sql`j.search_vector @@ ${tsquery}`);
  }
  if (nonEmpty(c.categories) && omit !== "categories") {
    where.push(sql`j.category_id IN (SELECT id FROM job_categories WHERE slug = ANY(${sql.value(c.categories)}::text[]))`);
  }
  if (nonEmpty(c.seniorities) && omit !== "seniorities") where.push(sql`j.seniority = ANY(${sql.value(c.seniorities)}::seniority[])`);
  if (nonEmpty(c.employmentTypes) && omit !== "employmentTypes") {
    where.push(sql`j.employment_type = ANY(${sql.value(c.employmentTypes)}::employment_type[])`);
  }
  if (nonEmpty(c.remote) && omit !== "remote") where.push(sql`j.remote = ANY(${sql.value(c.remote)}::remote_policy[])`);
  if (nonEmpty(c.locations) && omit !== "locations") {
    where.push(sql`EXISTS (SELECT 1 FROM job_locations jl JOIN locations l ON l.id = jl.location_id
      WHERE jl.job_id = j.id AND l.slug = ANY(${sql.value(c.locations)}::text[]))`);
  }
  if (nonEmpty(c.companies) && omit !== "companies") {
    where.push(sql`j.company_id IN (SELECT id FROM companies WHERE slug = ANY(${sql.value(c.companies)}::text[]))`);
  }
  if (nonEmpty(c.tags) && omit !== "tags") where.push(sql`j.tags && ${sql.value(c.tags.map((t) => t.toLowerCase()))}::text[]`);
  if (c.salaryMin != null && omit !== "salaryMin") {
    const usd = toUsd(c.salaryMin, c.salaryCurrency ?? "USD");
    where.push(sql`coalesce(j.salary_max_usd, j.salary_min_usd) >= ${sql.value(usd)}::integer`);
  }
  if (c.postedAfter != null && omit !== "postedAfter") {
    where.push(sql`j.posted_at >= ${sql.value(c.postedAfter.toISOString())}::timestamptz`);
  }
  if (c.featured != null && omit !== "featured") {
    where.push(c.featured ? sql`j.featured_until > now()` : sql`(j.featured_until IS NULL OR j.featured_until <= now())`);
  }
  if (nonEmpty(c.companyIds)) where.push(sql`j.company_id = ANY(${sql.value(c.companyIds)}::integer[])`);
  if (nonEmpty(c.categoryIds)) where.push(sql`j.category_id = ANY(${sql.value(c.categoryIds)}::integer[])`);
  if (nonEmpty(c.excludeIds)) where.push(sql`j.id <> ALL(${sql.value(c.excludeIds)}::integer[])`);
  return { where, tsquery };
}
