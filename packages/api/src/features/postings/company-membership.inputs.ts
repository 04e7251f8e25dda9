import { IsEmail, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Extensions, Field, ID, InputType, Int } from "type-graphql";
import { CompanyClaimStatus } from "./company-membership.types";

export const MEMBERSHIP_LIMITS = {
  message: 1_000,
  reason: 500,
  email: 254,
  token: 200,
  claims: 100,
} as const;

const NOT_BLANK = /\S/;

@InputType({ description: "An employer's request to join a company that is on HiredinAI already." })
export class RequestCompanyClaimInput {
  @Field(() => ID, { description: "The company (its id, from `companies`)." })
  @MaxLength(100)
  companyId: string;

  @Field({
    description: `Who you are at the company, e.g. your role; the admin reads it. At most ${MEMBERSHIP_LIMITS.message} characters.`,
  })
  @Extensions({ maxLength: MEMBERSHIP_LIMITS.message })
  @Matches(NOT_BLANK, { message: "Say who you are at the company, e.g. your role." })
  @MaxLength(MEMBERSHIP_LIMITS.message, { message: `Use at most ${MEMBERSHIP_LIMITS.message} characters.` })
  message: string;
}

@ArgsType()
export class RequestCompanyClaimArgs {
  @Field(() => RequestCompanyClaimInput)
  @ValidateNested()
  input: RequestCompanyClaimInput;
}

@ArgsType()
export class RejectCompanyClaimArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: `Shown to the employer; at most ${MEMBERSHIP_LIMITS.reason} characters.` })
  @Matches(NOT_BLANK, { message: "Say why, for the employer." })
  @MaxLength(MEMBERSHIP_LIMITS.reason, { message: `Use at most ${MEMBERSHIP_LIMITS.reason} characters.` })
  reason: string;
}

@ArgsType()
export class CompanyClaimsArgs {
  @Field(() => CompanyClaimStatus, { defaultValue: CompanyClaimStatus.PENDING })
  status: CompanyClaimStatus;

  @Field(() => Int, { defaultValue: 50, description: `1 to ${MEMBERSHIP_LIMITS.claims}.` })
  @Min(1)
  @Max(MEMBERSHIP_LIMITS.claims)
  first: number;
}

@ArgsType()
export class InviteColleagueArgs {
  @Field({ description: "Their work address: only an employer account with this address can accept." })
  @IsEmail({}, { message: "Enter an email address, e.g. name@example.com." })
  @MaxLength(MEMBERSHIP_LIMITS.email)
  email: string;
}

@ArgsType()
export class InvitationTokenArgs {
  @Field({ description: "The token from the invitation's link." })
  @MaxLength(MEMBERSHIP_LIMITS.token)
  token: string;
}
