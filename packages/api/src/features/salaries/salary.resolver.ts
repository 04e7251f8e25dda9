import { Arg, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { JobFilter } from "../jobs/inputs/job-filter.input";
import { SalaryStats } from "./salary-stats.type";
import { Ctx } from "type-graphql";

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
}
