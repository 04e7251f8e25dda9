import { IsOptional, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { ConnectionArgs } from "../../../shared/graphql/connection";
import { JobFilter, JobOrder, JobOrderField, OrderDirection } from "./job-filter.input";

@ArgsType()
export class JobsArgs extends ConnectionArgs {
  @Field(() => JobFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: JobFilter | null;

  @Field(() => JobOrder, { nullable: true, defaultValue: { field: JobOrderField.POSTED_AT, direction: OrderDirection.DESC } })
  @IsOptional()
  @ValidateNested()
  orderBy?: JobOrder | null;
}

/** Similar jobs a job page shows at most. */
export const MAX_SIMILAR_JOBS = 20;

@ArgsType()
export class SimilarJobsArgs {
  @Field(() => Int, { defaultValue: 5, description: `1 to ${MAX_SIMILAR_JOBS}.` })
  @Min(1)
  @Max(MAX_SIMILAR_JOBS)
  first: number;
}
