import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { SalaryPeriod } from "../jobs";
import { Cached, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Cached(CATALOGUE_MAX_AGE)
@ObjectType({
  simpleResolvers: true,
  description: "Percentiles of the midpoints of posted salary ranges, annualised and converted to `currency`.",
})
export class SalaryStats {
  @Field(() => Int, { description: "How many live jobs with a salary the figures come from." })
  sampleSize: number;

  @Field()
  currency: string;

  @Field(() => SalaryPeriod)
  period: SalaryPeriod;

  @Field(() => Int, { nullable: true })
  p25: number | null;

  @Field(() => Int, { nullable: true })
  median: number | null;

  @Field(() => Int, { nullable: true })
  p75: number | null;
}

export enum SalaryGroupBy {
  CATEGORY = "CATEGORY",
  SENIORITY = "SENIORITY",
  REMOTE = "REMOTE",
  LOCATION = "LOCATION",
}

registerEnumType(SalaryGroupBy, { name: "SalaryGroupBy", description: "What salaryBreakdown groups jobs by." });

@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ simpleResolvers: true, description: "Salary figures for one group of jobs, e.g. one category." })
export class SalaryStatsGroup {
  @Field({ description: "The group's filter value: a category or location slug, or an enum value." })
  value: string;

  @Field({ description: "A label to show." })
  label: string;

  @Field(() => SalaryStats)
  stats: SalaryStats;
}
