import { IsEmail, IsOptional, IsUrl, Length, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType, ObjectType, registerEnumType } from "type-graphql";

/** What a message to the team is about: it decides the subject line, so the team can sort its mail. */
export enum ContactTopic {
  GENERAL = "GENERAL",
  JOB_SEEKER = "JOB_SEEKER",
  EMPLOYER = "EMPLOYER",
  REPORT_LISTING = "REPORT_LISTING",
  PRIVACY = "PRIVACY",
  PRESS = "PRESS",
}

registerEnumType(ContactTopic, {
  name: "ContactTopic",
  description: "What a message to the team is about; REPORT_LISTING may name the job's address.",
});

export const CONTACT_MESSAGE_MAX_LENGTH = 5_000;

@InputType()
export class ContactMessageInput {
  @Field({ description: "Who is writing (1 to 100 characters)." })
  @Length(1, 100, { message: "Enter your name (at most 100 characters)." })
  name: string;

  @Field({ description: "Where the team answers." })
  @IsEmail({}, { message: "Enter an email address like name@example.com." })
  @MaxLength(254)
  email: string;

  @Field(() => ContactTopic)
  topic: ContactTopic;

  @Field({ description: `The message (10 to ${CONTACT_MESSAGE_MAX_LENGTH} characters).` })
  @Length(10, CONTACT_MESSAGE_MAX_LENGTH, { message: `Write at least 10 characters (at most ${CONTACT_MESSAGE_MAX_LENGTH}).` })
  message: string;

  @Field(() => String, { nullable: true, description: "The listing a report is about: its address on the site." })
  @IsOptional()
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Paste the job's address, starting with https://." })
  @MaxLength(500)
  pageUrl?: string | null;
}

@ArgsType()
export class SendContactMessageArgs {
  @Field(() => ContactMessageInput)
  @ValidateNested()
  input: ContactMessageInput;
}

@ObjectType()
export class ContactMessagePayload {
  @Field({ description: "What to tell the person who wrote." })
  message: string;
}
