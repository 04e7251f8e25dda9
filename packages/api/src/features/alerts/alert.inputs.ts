import { IsEmail, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType, ObjectType } from "type-graphql";
import { JobSearchFields } from "../jobs";
import { AlertFrequency } from "./alert.enums";
import { Alert } from "./alert.entity";

@InputType({ description: "The search an alert runs: JobFilter's fields, less postedAfter (an alert sends what is new)." })
export class AlertCriteriaInput extends JobSearchFields {}

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
