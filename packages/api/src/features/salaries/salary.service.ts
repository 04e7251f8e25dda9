import type { DataSource } from "typeorm";
import { and, query, sql, type SQL } from "../../shared/db/sql";
import { BadUserInputError } from "../../shared/errors/app-error";
import { fromUsd, isSupportedCurrency } from "../../shared/money/money";
import {
  type JobFilter,
  RemotePolicy,
  SalaryPeriod,
  Seniority,
  jobConditions,
  validateJobFilter,
  REMOTE_LABELS,
  SENIORITY_LABELS,
} from "../jobs";
import { MAX_CATEGORIES } from "../categories";
import { MAX_LOCATIONS } from "../locations";
import { SalaryGroupBy, type SalaryStats, type SalaryStatsGroup } from "./salary-stats.type";

/** A job's yearly pay in US dollars: the middle of its posted range. */
const MIDPOINT = sql`(coalesce(j.salary_min_usd, j.salary_max_usd) + coalesce(j.salary_max_usd, j.salary_min_usd)) / 2.0`;
const HAS_SALARY = sql`coalesce(j.salary_min_usd, j.salary_max_usd) IS NOT NULL`;
const PERCENTILES = sql`count(*)::int AS n,
  percentile_cont(0.25) WITHIN GROUP (ORDER BY ${MIDPOINT}) AS p25,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${MIDPOINT}) AS p50,
  percentile_cont(0.75) WITHIN GROUP (ORDER BY ${MIDPOINT}) AS p75`;

/** Groups salaryBreakdown returns at most, per grouping. */
export const MAX_SALARY_GROUPS: Record<SalaryGroupBy, number> = {
  [SalaryGroupBy.CATEGORY]: MAX_CATEGORIES,
  [SalaryGroupBy.SENIORITY]: Object.keys(Seniority).length,
  [SalaryGroupBy.REMOTE]: Object.keys(RemotePolicy).length,
  [SalaryGroupBy.LOCATION]: MAX_LOCATIONS,
};

interface PercentileRow {
  n: number;
  p25: number | null;
  p50: number | null;
  p75: number | null;
}

/** How each grouping reads its value and label, and in which order groups come. */
const GROUPS: Record<SalaryGroupBy, { value: SQL; label: SQL; join: SQL; order: SQL; labels?: Record<string, string> }> = {
  [SalaryGroupBy.CATEGORY]: {
    value: sql`c.slug`,
    label: sql`c.name`,
    join: sql`JOIN job_categories c ON c.id = j.category_id`,
    order: sql`min(c.position), c.name`,
  },
  [SalaryGroupBy.SENIORITY]: {
    value: sql`j.seniority::text`,
    label: sql`j.seniority::text`,
    join: sql.blank,
    order: sql`min(j.seniority)`,
    labels: SENIORITY_LABELS,
  },
  [SalaryGroupBy.REMOTE]: {
    value: sql`j.remote::text`,
    label: sql`j.remote::text`,
    join: sql.blank,
    order: sql`min(j.remote)`,
    labels: REMOTE_LABELS,
  },
  [SalaryGroupBy.LOCATION]: {
    value: sql`l.slug`,
    label: sql`l.city`,
    join: sql`JOIN job_locations jl ON jl.job_id = j.id JOIN locations l ON l.id = jl.location_id`,
    order: sql`count(*) DESC, l.city`,
  },
};

export class SalaryService {
  constructor(private readonly ds: DataSource) {}

  /** p25 / median / p75 of yearly pay over live jobs matching `filter` that state a salary. */
  async stats(filter: JobFilter | null | undefined, currency: string): Promise<SalaryStats> {
    const where = this.conditions(filter, currency);
    const [row] = await query<PercentileRow>(this.ds, sql`SELECT ${PERCENTILES} FROM jobs j WHERE ${where}`);
    return toStats(row, currency);
  }

  /** The same figures per category, seniority, remote policy or location, in one statement. */
  async breakdown(by: SalaryGroupBy, filter: JobFilter | null | undefined, currency: string): Promise<SalaryStatsGroup[]> {
    const where = this.conditions(filter, currency);
    const group = GROUPS[by];
    const rows = await query<PercentileRow & { value: string; label: string }>(
      this.ds,
      sql`SELECT ${group.value} AS value, ${group.label} AS label, ${PERCENTILES}
       FROM jobs j ${group.join} WHERE ${where}
       GROUP BY 1, 2 ORDER BY ${group.order} LIMIT ${sql.literal(MAX_SALARY_GROUPS[by])}`,
    );
    return rows.map((row) => ({ value: row.value, label: group.labels?.[row.value] ?? row.label, stats: toStats(row, currency) }));
  }

  /** The filter's conditions, ANDed, for jobs that state a salary. */
  private conditions(filter: JobFilter | null | undefined, currency: string): SQL {
    if (!isSupportedCurrency(currency)) throw BadUserInputError.field("currency", "is not a supported currency");
    validateJobFilter(filter);
    return and([...jobConditions(filter).where, HAS_SALARY]);
  }
}

function toStats(row: PercentileRow, currency: string): SalaryStats {
  const convert = (usd: number | null) => (usd == null ? null : fromUsd(Number(usd), currency));
  return { sampleSize: row.n, currency, period: SalaryPeriod.YEAR, p25: convert(row.p25), median: convert(row.p50), p75: convert(row.p75) };
}
