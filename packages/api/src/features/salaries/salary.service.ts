import type { DataSource } from "typeorm";
import { SqlParams } from "../../shared/db/sql-params";
import { BadUserInputError } from "../../shared/errors/app-error";
import { fromUsd, isSupportedCurrency } from "../../shared/money/money";
import type { JobFilter } from "../jobs/inputs/job-filter.input";
import { SalaryPeriod } from "../jobs/job.enums";
import { jobConditions, validateJobFilter } from "../jobs/job.filter";
import type { SalaryStats } from "./salary-stats.type";

export class SalaryService {
  constructor(private readonly ds: DataSource) {}

  /** p25 / median / p75 of yearly pay over live jobs matching `filter` that state a salary. */
  async stats(filter: JobFilter | null | undefined, currency: string): Promise<SalaryStats> {
    if (!isSupportedCurrency(currency)) throw BadUserInputError.field("currency", "is not a supported currency");
    validateJobFilter(filter);
    const params = new SqlParams();
    const { where } = jobConditions(filter, params);
    const [row]: { n: number; p25: number | null; p50: number | null; p75: number | null }[] = await this.ds.query(
      `SELECT count(*)::int AS n,
              percentile_cont(0.25) WITHIN GROUP (ORDER BY mid) AS p25,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY mid) AS p50,
              percentile_cont(0.75) WITHIN GROUP (ORDER BY mid) AS p75
       FROM (SELECT (coalesce(j.salary_min_usd, j.salary_max_usd) + coalesce(j.salary_max_usd, j.salary_min_usd)) / 2.0 AS mid
             FROM jobs j WHERE ${where.join(" AND ")} AND coalesce(j.salary_min_usd, j.salary_max_usd) IS NOT NULL) s`,
      params.values,
    );
    const convert = (usd: number | null) => (usd == null ? null : fromUsd(Number(usd), currency));
    return {
      sampleSize: row.n,
      currency,
      period: SalaryPeriod.YEAR,
      p25: convert(row.p25),
      median: convert(row.p50),
      p75: convert(row.p75),
    };
  }
}
