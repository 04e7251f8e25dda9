import { IsEmail, IsOptional, IsUrl, Length, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Extensions, Field, InputType, ObjectType, registerEnumType } from "type-graphql";

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

/** How long a message's parts may be (the Contact page's form reads them from packages/schema/limits.json). */
export const CONTACT_LIMITS = { name: 100, messageMin: 10, message: 5_000 } as const;

@InputType()
export class ContactMessageInput {
  @Field({ description: `Who is writing (1 to ${CONTACT_LIMITS.name} characters).` })
  @Length(1, CONTACT_LIMITS.name, { message: `Enter your name (at most ${CONTACT_LIMITS.name} characters).` })
  name: string;

  @Field({ description: "Where the team answers." })
  @IsEmail({}, { message: "Enter an email address like name@example.com." })
  @MaxLength(254)
  email: string;

  @Field(() => ContactTopic)
  topic: ContactTopic;

  @Field({ description: `The message (${CONTACT_LIMITS.messageMin} to ${CONTACT_LIMITS.message} characters).` })
  @Extensions({ maxLength: CONTACT_LIMITS.message })
  @Length(CONTACT_LIMITS.messageMin, CONTACT_LIMITS.message, {
    message: `Write at least ${CONTACT_LIMITS.messageMin} characters (at most ${CONTACT_LIMITS.message}).`,
  })
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
