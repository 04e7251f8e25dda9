import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType } from "type-graphql";
import { ConnectionArgs } from "../../shared/graphql/connection";

@InputType()
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: "Matches company names and profiles." })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only companies with open jobs." })
  hiring?: boolean | null;
}

@ArgsType()
export class CompaniesArgs extends ConnectionArgs {
  @Field(() => CompanyFilter, { nullable: true })
  @ValidateNested()
  filter?: CompanyFilter | null;
}
