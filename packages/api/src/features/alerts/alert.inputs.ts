import { IsEmail, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { JobSearchFields } from "../jobs";
import { AlertFrequency } from "./alert.enums";
import { Alert } from "./alert.entity";

@InputType({ description: "The search an alert runs: JobFilter's fields, less postedAfter (an alert sends what is new)." })
export class AlertCriteriaInput extends JobSearchFields {}

/** When daily and weekly emails go out; each field keeps its current value (or the default) when left out. */
@InputType("AlertScheduleFields")
export abstract class AlertScheduleInput {
  @Field(() => String, { nullable: true, description: "IANA time zone, e.g. Europe/Berlin (default UTC)." })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => Int, { nullable: true, description: "Hour of the day, 0-23 in timeZone (default 8)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(23)
  sendHour?: number | null;

  @Field(() => Int, { nullable: true, description: "Weekly emails: day of the week, 1 Monday ... 7 Sunday (default 1)." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  sendWeekday?: number | null;
}

@InputType()
export class CreateAlertInput extends AlertScheduleInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Where the confirmation email and the alerts go. Signed in, it defaults to your account's address, which needs no confirmation once verified.",
  })
  @IsOptional()
  @IsEmail({}, { message: "must be a valid email address" })
  @MaxLength(254)
  email?: string | null;

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
  @Field(() => Alert, {
    description: "The alert: PENDING_CONFIRMATION until its address confirms it, or ACTIVE when made by its verified owner.",
  })
  alert: Alert;
}

/** Which alert: by the token of a manage link (no sign-in needed), or by id for its signed-in owner. Exactly one. */
@InputType({ description: "Which alert: `token` from a manage link (no sign-in needed), or `id` when signed in. Exactly one." })
export class AlertRefInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  token?: string | null;
}

@ArgsType()
export class AlertRefArgs {
  @Field(() => AlertRefInput)
  @ValidateNested()
  input: AlertRefInput;
}

@InputType()
export class UpdateAlertInput extends AlertScheduleInput {
  @Field(() => ID, { nullable: true, description: "The alert's id (signed in); or give token." })
  @IsOptional()
  @MaxLength(100)
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The token of a manage link; or give id." })
  @IsOptional()
  @MaxLength(200)
  token?: string | null;

  @Field(() => AlertFrequency, { nullable: true })
  @IsOptional()
  frequency?: AlertFrequency | null;

  @Field(() => AlertCriteriaInput, { nullable: true, description: "The whole new search (replaces the old one)." })
  @IsOptional()
  @ValidateNested()
  criteria?: AlertCriteriaInput | null;
}

@ArgsType()
export class UpdateAlertArgs {
  @Field(() => UpdateAlertInput)
  @ValidateNested()
  input: UpdateAlertInput;
}

@ArgsType()
export class AlertByTokenArgs {
  @Field({ description: "The token of a manage or unsubscribe link." })
  @MaxLength(200)
  token: string;
}

/** A link's token: confirm, unsubscribe. */
@InputType()
export class AlertTokenInput {
  @Field()
  @MaxLength(200)
  token: string;
}

@ArgsType()
export class AlertTokenArgs {
  @Field(() => AlertTokenInput)
  @ValidateNested()
  input: AlertTokenInput;
}

@ObjectType()
export class AlertPayload {
  @Field(() => Alert)
  alert: Alert;
}

@ObjectType()
export class DeleteAlertPayload {
  @Field(() => ID)
  deletedAlertId: string;
}
