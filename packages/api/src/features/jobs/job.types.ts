import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../shared/graphql/connection";
import { Job } from "./job.entity";
import { SalaryPeriod } from "./job.enums";

@ObjectType({ simpleResolvers: true, description: "A pay range as posted: whole amounts of `currency` per `period`." })
export class SalaryRange {
  @Field(() => Int, { nullable: true })
  min: number | null;

  @Field(() => Int, { nullable: true })
  max: number | null;

  @Field({ description: "ISO 4217 currency code." })
  currency: string;

  @Field(() => SalaryPeriod)
  period: SalaryPeriod;

  @Field(() => Int, { nullable: true, description: "min as US dollars per year." })
  annualMinUsd: number | null;

  @Field(() => Int, { nullable: true, description: "max as US dollars per year." })
  annualMaxUsd: number | null;
}

@ObjectType({ simpleResolvers: true })
export class JobConnection extends ConnectionType(Job) {}

@ObjectType({ description: "How many jobs a filter value would match." })
export class FacetValue {
  @Field({ description: "The value to filter by: a slug or an enum value." })
  value: string;

  @Field({ description: "A label to show." })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    "Counts per filter value. Each list applies every filter except its own dimension, so it shows what choosing another value would give.",
})
export class JobFacets {
  @Field(() => Int, { description: "Jobs matching the whole filter." })
  total: number;

  @Field(() => [FacetValue])
  categories: FacetValue[];

  @Field(() => [FacetValue])
  seniorities: FacetValue[];

  @Field(() => [FacetValue])
  remote: FacetValue[];

  @Field(() => [FacetValue])
  employmentTypes: FacetValue[];

  @Field(() => [FacetValue])
  locations: FacetValue[];

  @Field(() => [FacetValue], { description: "The 50 companies with the most matching jobs." })
  companies: FacetValue[];

  @Field(() => [FacetValue], { description: "The 50 most used tags among matching jobs." })
  tags: FacetValue[];
}
