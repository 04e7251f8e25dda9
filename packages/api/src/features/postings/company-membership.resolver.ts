import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { listCost } from "../../shared/graphql/cost";
import { Role } from "../accounts";
import { actorOf } from "../audit";
import {
  CompanyClaimsArgs,
  InvitationTokenArgs,
  InviteColleagueArgs,
  MEMBERSHIP_LIMITS,
  RejectCompanyClaimArgs,
  RequestCompanyClaimArgs,
} from "./company-membership.inputs";
import {
  AcceptCompanyInvitationPayload,
  CompanyClaim,
  CompanyClaimPayload,
  CompanyInvitationPayload,
  CompanyInvitationPreview,
  CompanyTeam,
} from "./company-membership.types";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

/** Joining a company that exists: employers' claims and admins' decisions on them, and colleagues' invitations. */
@Resolver()
export class CompanyMembershipResolver {
  @Authorized(Role.EMPLOYER)
  @CallerSpecific()
  @Query(() => CompanyClaim, {
    nullable: true,
    description: "The signed-in employer's latest request to join a company, whatever its status; null if they never made one.",
  })
  myCompanyClaim(@Ctx() ctx: Context): Promise<CompanyClaim | null> {
    return ctx.services.companyMembership.claimOf(actorOf(ctx));
  }

  @Authorized(Role.EMPLOYER)
  @CallerSpecific()
  @Query(() => CompanyTeam, {
    nullable: true,
    description: "Who posts for the signed-in employer's company, and the colleagues invited to; null until they have a company.",
  })
  myCompanyTeam(@Ctx() ctx: Context): Promise<CompanyTeam | null> {
    return ctx.services.companyMembership.team(actorOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => [CompanyClaim], {
    description: `Requests to join companies in one status: pending ones oldest first, decided ones latest first (admins only; at most ${MEMBERSHIP_LIMITS.claims}).`,
    // Costed at most at the bound, so that a larger `first` reaches its validation (BAD_USER_INPUT naming it).
    complexity: listCost((args) => Math.min(Number(args.first ?? 50), MEMBERSHIP_LIMITS.claims)),
  })
  companyClaims(@Args() { status, first }: CompanyClaimsArgs, @Ctx() ctx: Context): Promise<CompanyClaim[]> {
    return ctx.services.companyMembership.claims(status, first);
  }

  @CallerSpecific()
  @Query(() => CompanyInvitationPreview, {
    nullable: true,
    description:
      "What an invitation link is for (its company, the address it was sent to); null when the link is invalid, used or expired.",
  })
  companyInvitation(@Args() { token }: InvitationTokenArgs, @Ctx() ctx: Context): Promise<CompanyInvitationPreview | null> {
    return ctx.services.companyMembership.preview(token);
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => CompanyClaimPayload, {
    description:
      "Asks to join a company that is on HiredinAI already (for an employer account with no company; one open request at a time). An admin decides.",
  })
  async requestCompanyClaim(@Args() { input }: RequestCompanyClaimArgs, @Ctx() ctx: Context): Promise<CompanyClaimPayload> {
    return { claim: await ctx.services.companyMembership.requestClaim(actorOf(ctx), input) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => CompanyClaimPayload, { description: "Withdraws the signed-in employer's pending request to join a company." })
  async withdrawCompanyClaim(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CompanyClaimPayload> {
    return { claim: await ctx.services.companyMembership.withdrawClaim(actorOf(ctx), id) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CompanyClaimPayload, {
    description:
      "Approves a pending request: its account joins the company, if it still has none (admins only; audit-logged; the employer is emailed).",
  })
  async approveCompanyClaim(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CompanyClaimPayload> {
    return { claim: await ctx.services.companyMembership.approveClaim(actorOf(ctx), id) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CompanyClaimPayload, {
    description: "Rejects a pending request with the reason its employer will read (admins only; audit-logged; the employer is emailed).",
  })
  async rejectCompanyClaim(@Args() { id, reason }: RejectCompanyClaimArgs, @Ctx() ctx: Context): Promise<CompanyClaimPayload> {
    return { claim: await ctx.services.companyMembership.rejectClaim(actorOf(ctx), id, reason) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => CompanyInvitationPayload, {
    description:
      "Emails a colleague a one-time link to join the signed-in employer's company (verified companies only; the link works for 7 days).",
  })
  async inviteColleague(@Args() { email }: InviteColleagueArgs, @Ctx() ctx: Context): Promise<CompanyInvitationPayload> {
    return { invitation: await ctx.services.companyMembership.invite(actorOf(ctx), email) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => CompanyInvitationPayload, { description: "Revokes one of the company's pending invitations: its link stops working." })
  async revokeCompanyInvitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CompanyInvitationPayload> {
    return { invitation: await ctx.services.companyMembership.revokeInvitation(actorOf(ctx), id) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => AcceptCompanyInvitationPayload, {
    description:
      "Accepts an invitation sent to the signed-in employer's address: they join its company if they have none yet, and the link is spent.",
  })
  async acceptCompanyInvitation(@Args() { token }: InvitationTokenArgs, @Ctx() ctx: Context): Promise<AcceptCompanyInvitationPayload> {
    return { company: await ctx.services.companyMembership.accept(actorOf(ctx), token) };
  }
}
