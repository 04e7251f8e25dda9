import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../shared/graphql/connection";
import { Job } from "./job.entity";
import { listCost } from "../../shared/graphql/cost";
import { EmploymentType, RemotePolicy, SalaryPeriod, Seniority } from "./job.enums";
import { Cached, CachedLikeParent, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

/** Values each facet list holds at most. */
export const FACET_LIMIT = 50;
/** Tags a job shows at most. */
export const MAX_JOB_TAGS = 20;

@CachedLikeParent()
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

@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ simpleResolvers: true })
export class JobConnection extends ConnectionType(Job) {}

@CachedLikeParent()
@ObjectType({ description: "How many jobs a filter value would match." })
export class FacetValue {
  @Field({ description: "The value to filter by: a slug or an enum value." })
  value: string;

  @Field({ description: "A label to show." })
  label: string;

  @Field(() => Int)
  count: number;
}

@Cached(CATALOGUE_MAX_AGE)
@ObjectType({
  description:
    "Counts per filter value. Each list applies every filter except its own dimension, so it shows what choosing another value would give.",
})
export class JobFacets {
  @Field(() => Int, { description: "Jobs matching the whole filter." })
  total: number;

  @Field(() => [FacetValue], {
    description: `The ${FACET_LIMIT} categories with the most matching jobs.`,
    complexity: listCost(FACET_LIMIT),
  })
  categories: FacetValue[];

  @Field(() => [FacetValue], { complexity: listCost(Object.keys(Seniority).length) })
  seniorities: FacetValue[];

  @Field(() => [FacetValue], { complexity: listCost(Object.keys(RemotePolicy).length) })
  remote: FacetValue[];

  @Field(() => [FacetValue], { complexity: listCost(Object.keys(EmploymentType).length) })
  employmentTypes: FacetValue[];

  @Field(() => [FacetValue], {
    description: `The ${FACET_LIMIT} locations with the most matching jobs.`,
    complexity: listCost(FACET_LIMIT),
  })
  locations: FacetValue[];

  @Field(() => [FacetValue], {
    description: `The ${FACET_LIMIT} companies with the most matching jobs.`,
    complexity: listCost(FACET_LIMIT),
  })
  companies: FacetValue[];

  @Field(() => [FacetValue], { description: `The ${FACET_LIMIT} most used tags among matching jobs.`, complexity: listCost(FACET_LIMIT) })
  tags: FacetValue[];
}
