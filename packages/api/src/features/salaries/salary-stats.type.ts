import { Field, Int, ObjectType } from "type-graphql";
import { SalaryPeriod } from "../jobs/job.enums";

@ObjectType({
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
