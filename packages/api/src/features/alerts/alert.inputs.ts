import { ArrayMaxSize, IsEmail, IsOptional, IsUppercase, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType, Int, ObjectType } from "type-graphql";
import { EmploymentType, RemotePolicy, Seniority } from "../jobs/job.enums";
import { AlertFrequency } from "./alert.enums";
import { Alert } from "./alert.entity";

@InputType({ description: "The search an alert runs: the same fields as JobFilter." })
export class AlertCriteriaInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;

  @Field(() => [String], { nullable: true, description: "Category slugs." })
  @IsOptional()
  @ArrayMaxSize(50)
  categories?: string[] | null;

  @Field(() => [Seniority], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  seniorities?: Seniority[] | null;

  @Field(() => [EmploymentType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  employmentTypes?: EmploymentType[] | null;

  @Field(() => [RemotePolicy], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  remote?: RemotePolicy[] | null;

  @Field(() => [String], { nullable: true, description: "Location slugs." })
  @IsOptional()
  @ArrayMaxSize(50)
  locations?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Company slugs." })
  @IsOptional()
  @ArrayMaxSize(50)
  companies?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  tags?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Minimum yearly salary in salaryCurrency." })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  salaryMin?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency of salaryMin (default USD)." })
  @IsOptional()
  @Length(3, 3)
  @IsUppercase()
  salaryCurrency?: string | null;
}

@InputType()
export class CreateAlertInput {
  @Field({ description: "Where the confirmation email and the alerts go." })
  @IsEmail({}, { message: "must be a valid email address" })
  @MaxLength(254)
  email: string;

  @Field(() => AlertFrequency, { defaultValue: AlertFrequency.DAILY })
  frequency: AlertFrequency;

  @Field(() => AlertCriteriaInput)
  @ValidateNested()
  criteria: AlertCriteriaInput;
}

@ArgsType()
export class CreateAlertArgs {
  @Field(() => CreateAlertInput)
  @ValidateNested()
  input: CreateAlertInput;
}

@ObjectType()
export class CreateAlertPayload {
  @Field(() => Alert, { description: "The new alert, waiting for its email address to be confirmed." })
  alert: Alert;
}
