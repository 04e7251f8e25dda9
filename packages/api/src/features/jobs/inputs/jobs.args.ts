import { IsOptional, ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
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
  orderBy?: JobOrder | null;
}
