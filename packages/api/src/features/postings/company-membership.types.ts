import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { listCost } from "../../shared/graphql/cost";
import { Company } from "../companies";

/** Members and pending invitations one team lists at most. */
export const MAX_MEMBERS = 50;
export const MAX_INVITATIONS = 50;

export enum CompanyClaimStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(CompanyClaimStatus, {
  name: "CompanyClaimStatus",
  description: "A claim waits (PENDING) until an admin approves or rejects it, or its employer withdraws it.",
});

@ObjectType({
  description:
    "An employer's request to join a company that exists already, which an admin approves or rejects. Its employer and admins see it.",
})
export class CompanyClaim {
  /** The database id. */
  rowId: number;
  companyId: number;

  @Field(() => ID)
  id: string;

  @Field(() => Company, { description: "The company they ask to join." })
  company: Company;

  @Field(() => CompanyClaimStatus)
  status: CompanyClaimStatus;

  @Field({ description: "Who they are at the company (their role, their team), in their words." })
  message: string;

  @Field(() => String, { nullable: true, description: "Why an admin rejected it (the employer reads it)." })
  reason: string | null;

  @Field({ description: "The address of the account asking." })
  email: string;

  @Field({ description: "The part of that address after the @." })
  emailDomain: string;

  @Field(() => String, { nullable: true, description: "The host of the company's website, without www.; null when it has none." })
  websiteDomain: string | null;

  @Field({
    description:
      "A hint for the admin: the address's domain is the company website's (or a subdomain of it). Not proof either way: anyone may have a company address, and a real employee may not use one.",
  })
  domainMatches: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was approved, rejected or withdrawn." })
  decidedAt: Date | null;
}

@ObjectType({ description: "An employer account that posts for the company." })
export class CompanyMember {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field({ description: "The signed-in employer themself." })
  isYou: boolean;
}

@ObjectType({ description: "A colleague invited by email to join the company, who hasn't accepted yet." })
export class CompanyInvitation {
  /** The database id. */
  rowId: number;

  @Field(() => ID)
  id: string;

  @Field({ description: "The address the invitation went to: only an account with this address can accept it." })
  email: string;

  @Field(() => String, { nullable: true, description: "Who invited them (null when that account is gone)." })
  invitedBy: string | null;

  @Field()
  createdAt: Date;

  @Field({ description: "The link stops working then." })
  expiresAt: Date;
}

@ObjectType({ description: "The people who post for the signed-in employer's company, and the colleagues invited to." })
export class CompanyTeam {
  @Field(() => [CompanyMember], { description: `At most ${MAX_MEMBERS}, by address.`, complexity: listCost(MAX_MEMBERS) })
  members: CompanyMember[];

  @Field(() => [CompanyInvitation], {
    description: `Invitations not yet accepted, revoked or expired, newest first (at most ${MAX_INVITATIONS}).`,
    complexity: listCost(MAX_INVITATIONS),
  })
  invitations: CompanyInvitation[];

  @Field({ description: "Whether the company may invite colleagues (verified companies only)." })
  canInvite: boolean;
}

@ObjectType({ description: "What an invitation link is for, as its holder sees it before accepting." })
export class CompanyInvitationPreview {
  @Field()
  companyName: string;

  @Field({ description: "The address it was sent to: accept it with the employer account that has this address." })
  email: string;

  @Field()
  expiresAt: Date;
}

@ObjectType()
export class CompanyClaimPayload {
  @Field(() => CompanyClaim)
  claim: CompanyClaim;
}

@ObjectType()
export class CompanyInvitationPayload {
  @Field(() => CompanyInvitation)
  invitation: CompanyInvitation;
}

@ObjectType()
export class AcceptCompanyInvitationPayload {
  @Field(() => Company, { description: "The company the account now posts for." })
  company: Company;
}
