import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { JobFilter } from "../jobs";
import { SalaryGroupBy, SalaryStats, SalaryStatsGroup } from "./salary-stats.type";
import { listCost } from "../../shared/graphql/cost";
import { MAX_SALARY_GROUPS } from "./salary.service";

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

  @Query(() => [SalaryStatsGroup], {
    description: `Salary percentiles per category, seniority, remote policy or location; at most ${MAX_SALARY_GROUPS.LOCATION} groups.`,
    complexity: listCost((args) => MAX_SALARY_GROUPS[args.by as SalaryGroupBy]),
  })
  salaryBreakdown(
    @Ctx() ctx: Context,
    @Arg("by", () => SalaryGroupBy) by: SalaryGroupBy,
    @Arg("filter", () => JobFilter, { nullable: true }) filter: JobFilter | null,
    @Arg("currency", () => String, { defaultValue: "USD", description: "ISO 4217 code for the figures." }) currency: string,
  ): Promise<SalaryStatsGroup[]> {
    return ctx.services.salaries.breakdown(by, filter, currency);
  }
}
