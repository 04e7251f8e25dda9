import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUppercase,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Extensions, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { EmploymentType, RemotePolicy, SalaryPeriod, Seniority } from "../jobs";
import { Company } from "../companies";
import { BillingDetailsInput } from "./invoice.inputs";
import { Order, Posting } from "./posting.types";

export const POSTING_LIMITS = {
  title: 120,
  description: 20_000,
  tags: 20,
  tag: 30,
  locations: 20,
  applyUrl: 500,
  salary: 100_000_000,
  reason: 500,
  companyName: 120,
  companyText: 5_000,
  companyShort: 200,
} as const;

const NOT_BLANK = /\S/;

@InputType({ description: "A salary range: whole amounts of a currency per period." })
export class PostingSalaryInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "Can't be negative." })
  @Max(POSTING_LIMITS.salary)
  min?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "Can't be negative." })
  @Max(POSTING_LIMITS.salary)
  max?: number | null;

  @Field({ description: "ISO 4217, e.g. USD." })
  @Length(3, 3, { message: "Use a three-letter currency code, e.g. USD." })
  @IsUppercase({ message: "Use a three-letter currency code, e.g. USD." })
  currency: string;

  @Field(() => SalaryPeriod)
  @IsEnum(SalaryPeriod)
  period: SalaryPeriod;
}

@InputType({ description: "Every field a posting has, as the employer's form sends it (the same fields partners see)." })
export class PostingInput {
  @Field({ description: `At most ${POSTING_LIMITS.title} characters.` })
  @Matches(NOT_BLANK, { message: "A job needs a title." })
  @MaxLength(POSTING_LIMITS.title, { message: `Use at most ${POSTING_LIMITS.title} characters.` })
  title: string;

  @Field({ description: "A job category's slug, e.g. `machine-learning`." })
  @MaxLength(100)
  category: string;

  @Field(() => Seniority)
  seniority: Seniority;

  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field(() => RemotePolicy)
  remote: RemotePolicy;

  @Field(() => [String], { defaultValue: [], description: `Location slugs from our list, at most ${POSTING_LIMITS.locations}.` })
  @ArrayMaxSize(POSTING_LIMITS.locations, { message: `At most ${POSTING_LIMITS.locations} locations.` })
  @MaxLength(100, { each: true })
  locations: string[];

  @Field(() => PostingSalaryInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  salary?: PostingSalaryInput | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `At most ${POSTING_LIMITS.tags}, each at most ${POSTING_LIMITS.tag} characters.`,
  })
  @ArrayMaxSize(POSTING_LIMITS.tags, { message: `At most ${POSTING_LIMITS.tags} tags.` })
  @MaxLength(POSTING_LIMITS.tag, { each: true, message: `Each tag is at most ${POSTING_LIMITS.tag} characters.` })
  tags: string[];

  @Field(() => String, { nullable: true, description: "Where applicants apply: an https page, or `mailto:` an address." })
  @IsOptional()
  @MaxLength(POSTING_LIMITS.applyUrl)
  applyUrl?: string | null;

  @Field({ defaultValue: "", description: `Markdown, at most ${POSTING_LIMITS.description.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: POSTING_LIMITS.description })
  @MaxLength(POSTING_LIMITS.description, { message: `Use at most ${POSTING_LIMITS.description.toLocaleString("en")} characters.` })
  description: string;

  @Field(() => Date, { nullable: true, description: "The last day it may stay published (the plan's duration caps it)." })
  @IsOptional()
  validThrough?: Date | null;
}

@ArgsType()
export class SavePostingArgs {
  @Field(() => ID, { nullable: true, description: "The posting to change; none makes a new draft." })
  id?: string | null;

  @Field(() => PostingInput)
  @ValidateNested()
  input: PostingInput;
}

@ArgsType()
export class SubmitPostingArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: "The plan's slug, e.g. `featured`." })
  @MaxLength(100)
  plan: string;
}

@ArgsType()
export class RejectPostingArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: `Shown to the employer; at most ${POSTING_LIMITS.reason} characters.` })
  @Matches(NOT_BLANK, { message: "Say why, for the employer." })
  @MaxLength(POSTING_LIMITS.reason, { message: `Use at most ${POSTING_LIMITS.reason} characters.` })
  reason: string;
}

@InputType({ description: "A company's profile as its employers edit it." })
export class CompanyProfileInput {
  @Field({ description: `At most ${POSTING_LIMITS.companyName} characters.` })
  @Matches(NOT_BLANK, { message: "A company needs a name." })
  @MaxLength(POSTING_LIMITS.companyName, { message: `Use at most ${POSTING_LIMITS.companyName} characters.` })
  name: string;

  @Field(() => String, { nullable: true, description: "An https address." })
  @IsOptional()
  @MaxLength(POSTING_LIMITS.companyShort)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Head count band, e.g. "51-200".' })
  @IsOptional()
  @MaxLength(POSTING_LIMITS.companyShort)
  size?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Berlin, Germany".' })
  @IsOptional()
  @MaxLength(POSTING_LIMITS.companyShort)
  headquarters?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${POSTING_LIMITS.companyText.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: POSTING_LIMITS.companyText })
  @IsOptional()
  @MaxLength(POSTING_LIMITS.companyText)
  description?: string | null;

  @Field(() => BillingDetailsInput, {
    nullable: true,
    description:
      "Who invoices are made out to. Left out: as they are; null: removed (invoices then carry the company's name and headquarters).",
  })
  @IsOptional()
  @ValidateNested()
  billing?: BillingDetailsInput | null;
}

@ArgsType()
export class CompanyProfileArgs {
  @Field(() => CompanyProfileInput)
  @ValidateNested()
  input: CompanyProfileInput;
}

@InputType({ description: "A description as the posting form has it, to preview." })
export class DescriptionPreviewInput {
  @Field({ description: `Markdown, at most ${POSTING_LIMITS.description.toLocaleString("en")} characters.` })
  @Extensions({ maxLength: POSTING_LIMITS.description })
  @MaxLength(POSTING_LIMITS.description, { message: `Use at most ${POSTING_LIMITS.description.toLocaleString("en")} characters.` })
  markdown: string;
}

@ObjectType()
export class PostingPayload {
  @Field(() => Posting)
  posting: Posting;
}

@ObjectType()
export class SubmitPostingPayload {
  @Field(() => Posting)
  posting: Posting;

  @Field(() => Order, { description: "Its invoice: the posting goes on once an admin marks it paid." })
  order: Order;
}

@ObjectType()
export class CompanyPayload {
  @Field(() => Company)
  company: Company;
}
