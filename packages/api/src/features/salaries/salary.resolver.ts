import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { JobFilter } from "../jobs/inputs/job-filter.input";
import { SalaryGroupBy, SalaryStats, SalaryStatsGroup } from "./salary-stats.type";

@Resolver()
export class SalaryResolver {
  @Query(() => SalaryStats, { description: "Salary percentiles for live jobs matching a filter." })
  salaryStats(
    @Ctx() ctx: Context,
    @Arg("filter", () => JobFilter, { nullable: true }) filter: JobFilter | null,
    @Arg("currency", () => String, { defaultValue: "USD", description: "ISO 4217 code for the figures." }) currency: string,
  ): Promise<SalaryStats> {
    return ctx.services.salaries.stats(filter, currency);
  }

  @Query(() => [SalaryStatsGroup], { description: "Salary percentiles per category, seniority, remote policy or location." })
  salaryBreakdown(
    @Ctx() ctx: Context,
    @Arg("by", () => SalaryGroupBy) by: SalaryGroupBy,
    @Arg("filter", () => JobFilter, { nullable: true }) filter: JobFilter | null,
    @Arg("currency", () => String, { defaultValue: "USD", description: "ISO 4217 code for the figures." }) currency: string,
  ): Promise<SalaryStatsGroup[]> {
    return ctx.services.salaries.breakdown(by, filter, currency);
  }
}
