import { ArrayMaxSize, IsOptional, IsUppercase, Length, Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { EmploymentType, RemotePolicy, Seniority } from "../job.enums";

/** Values one list of a filter (or of an alert's criteria) holds at most. */
export const MAX_CRITERIA_VALUES = 50;
/** Longest slug a filter names. */
const MAX_SLUG_LENGTH = 100;
/** Longest tag. */
export const MAX_TAG_LENGTH = 50;

/**
 * The search fields a job filter and a saved alert share. Not an input type of its own: the
 * classes below inherit its fields.
 */
@InputType("JobSearchFields")
export abstract class JobSearchFields {
  @Field(() => String, { nullable: true, description: "Full-text search over title, company, tags and description." })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;

  @Field(() => [String], { nullable: true, description: "Category slugs." })
  @IsOptional()
  @ArrayMaxSize(MAX_CRITERIA_VALUES)
  @MaxLength(MAX_SLUG_LENGTH, { each: true })
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

  @Field(() => [String], { nullable: true, description: "Location slugs, e.g. san-francisco or remote." })
  @IsOptional()
  @ArrayMaxSize(MAX_CRITERIA_VALUES)
  @MaxLength(MAX_SLUG_LENGTH, { each: true })
  locations?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Company slugs." })
  @IsOptional()
  @ArrayMaxSize(MAX_CRITERIA_VALUES)
  @MaxLength(MAX_SLUG_LENGTH, { each: true })
  companies?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Jobs with any of these tags: at most ${MAX_CRITERIA_VALUES}, each at most ${MAX_TAG_LENGTH} characters.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CRITERIA_VALUES)
  @MaxLength(MAX_TAG_LENGTH, { each: true })
  tags?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "Minimum yearly salary in salaryCurrency; jobs whose range reaches it match (hourly and monthly pay is annualised).",
  })
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

@InputType({ description: "Narrows a job search. Every given field must match; lists match any of their values." })
export class JobFilter extends JobSearchFields {
  @Field(() => Date, { nullable: true, description: "Only jobs posted at or after this time." })
  @IsOptional()
  postedAfter?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "true: only featured jobs; false: none of them." })
  featured?: boolean | null;
}

export enum JobOrderField {
  POSTED_AT = "POSTED_AT",
  SALARY = "SALARY",
  RELEVANCE = "RELEVANCE",
}

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(JobOrderField, {
  name: "JobOrderField",
  valuesConfig: {
    SALARY: { description: "By annualised salary; jobs without a salary come last." },
    RELEVANCE: {
      description:
        "By how well filter.query matches the title, company and tags; description-only matches follow. Newest first without a query.",
    },
  },
});
registerEnumType(OrderDirection, { name: "OrderDirection" });

@InputType()
export class JobOrder {
  @Field(() => JobOrderField)
  field: JobOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction: OrderDirection;
}
