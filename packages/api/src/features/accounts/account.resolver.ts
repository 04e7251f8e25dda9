import { Args, Authorized, Ctx, FieldResolver, ID, Int, Arg, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { AppError } from "../../shared/errors/app-error";
import { listCost } from "../../shared/graphql/cost";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { Company } from "../companies";
import {
  AccountMessagePayload,
  ChangeEmailArgs,
  ChangePasswordArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  SignInArgs,
  SignInPayload,
  SignUpArgs,
  TokenArgs,
} from "./account.inputs";
import type { Requester } from "./account.service";
import { MAX_LISTED_SESSIONS } from "./session.service";
import { SessionInfo } from "./session.types";
import { User } from "./user.entity";
import { SELF } from "./user.enums";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

function requester(ctx: Context): Requester {
  return { ip: ctx.request.ip, userAgent: ctx.request.userAgent };
}

/** The person behind the request: resolvers under @Authorized() only ever run for one. */
function me(ctx: Context): { user: User; sessionId: string; via: "cookie" | "bearer" } {
  if (ctx.caller.kind !== "user") throw new Error("an @Authorized() resolver ran without a signed-in user");
  return ctx.caller;
}

/**
 * Starts a session and hands it to the client: the cookie for browsers, the token itself for scripts
 * that asked for it. A page on another site may not sign the browser in (login CSRF): refused before
 * anything is done.
 */
async function signIn(
  ctx: Context,
  bearer: boolean,
  start: () => Promise<{ user: User; token: string; expiresAt: Date }>,
): Promise<SignInPayload> {
  if (!bearer && !ctx.request.sessionCookie.allowed) {
    throw new AppError("FORBIDDEN", "Sign in from HiredinAI's own pages: this page is on another site.");
  }
  const session = await start();
  if (!bearer) ctx.request.sessionCookie.set(session.token, session.expiresAt);
  return { viewer: session.user, token: bearer ? session.token : null, expiresAt: session.expiresAt };
}

@Resolver(() => User)
export class AccountResolver {
  @CallerSpecific()
  @Query(() => User, { nullable: true, description: "The signed-in person; null when nobody is signed in." })
  viewer(@Ctx() ctx: Context): User | null {
    return ctx.caller.kind === "user" ? ctx.caller.user : null;
  }

  @Mutation(() => AccountMessagePayload, {
    description: "Makes an account and emails a link to verify the address. The answer is the same for an address that already has one.",
  })
  async signUp(@Args() { input }: SignUpArgs, @Ctx() ctx: Context): Promise<AccountMessagePayload> {
    return { message: await ctx.services.accounts.signUp(input, requester(ctx)) };
  }

  @Mutation(() => SignInPayload, { description: "Follows the emailed verification link: the address is verified and you are signed in." })
  async verifyEmail(@Args() { input }: TokenArgs, @Ctx() ctx: Context): Promise<SignInPayload> {
    return signIn(ctx, input.bearer, () => ctx.services.accounts.verifyEmail(input.token, requester(ctx)));
  }

  @Mutation(() => SignInPayload, {
    description: "Signs in. Five wrong passwords in a minute lock the account for the rest of that minute.",
  })
  async signIn(@Args() { input }: SignInArgs, @Ctx() ctx: Context): Promise<SignInPayload> {
    return signIn(ctx, input.bearer, () => ctx.services.accounts.signIn(input.email, input.password, requester(ctx)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends this session." })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    const { user, sessionId } = me(ctx);
    await ctx.services.sessions.revoke(user.id, sessionId);
    ctx.request.sessionCookie.clear();
    return true;
  }

  @Authorized()
  @Mutation(() => Int, { description: "Ends every session of this account, this one included; returns how many ended." })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<number> {
    const { user } = me(ctx);
    const ended = await ctx.services.sessions.revokeAll(user.id);
    ctx.request.sessionCookie.clear();
    return ended;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends one of your sessions (see `viewer.sessions`); false when there is no such session." })
  async revokeSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const { user, sessionId } = me(ctx);
    const ended = await ctx.services.sessions.revoke(user.id, id);
    if (ended && id === sessionId) ctx.request.sessionCookie.clear();
    return ended;
  }

  @Mutation(() => AccountMessagePayload, {
    description: "Emails a link to choose a new password. The answer is the same for an unknown address.",
  })
  async requestPasswordReset(@Args() { input }: RequestPasswordResetArgs, @Ctx() ctx: Context): Promise<AccountMessagePayload> {
    return { message: await ctx.services.accounts.requestPasswordReset(input.email, requester(ctx)) };
  }

  @Mutation(() => SignInPayload, {
    description: "Follows the emailed reset link: sets the new password, signs out every session, signs you in.",
  })
  async resetPassword(@Args() { input }: ResetPasswordArgs, @Ctx() ctx: Context): Promise<SignInPayload> {
    return signIn(ctx, input.bearer, () => ctx.services.accounts.resetPassword(input.token, input.password, requester(ctx)));
  }

  @Authorized()
  @Mutation(() => User, { description: "Changes your password and signs out every other session." })
  async changePassword(@Args() { input }: ChangePasswordArgs, @Ctx() ctx: Context): Promise<User> {
    const { user, sessionId } = me(ctx);
    await ctx.services.accounts.changePassword(user, sessionId, input.currentPassword, input.newPassword);
    return user;
  }

  @Authorized()
  @Mutation(() => AccountMessagePayload, { description: "Emails a link to the new address; your email changes when it is followed." })
  async changeEmail(@Args() { input }: ChangeEmailArgs, @Ctx() ctx: Context): Promise<AccountMessagePayload> {
    return { message: await ctx.services.accounts.requestEmailChange(me(ctx).user, input.newEmail, input.password) };
  }

  @Mutation(() => User, { description: "Follows the link sent to a new email address: it becomes the account's address." })
  async confirmEmailChange(@Args() { input }: TokenArgs, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.accounts.confirmEmailChange(input.token, requester(ctx));
  }

  @FieldResolver(() => ID)
  id(@Parent() user: User): string {
    return toGlobalId("User", user.id);
  }

  @FieldResolver(() => Boolean, { description: "The address has been confirmed through an emailed link." })
  emailVerified(@Parent() user: User): boolean {
    return user.emailVerifiedAt != null;
  }

  @FieldResolver(() => Boolean, { description: "An admin has disabled the account: it can't sign in." })
  disabled(@Parent() user: User): boolean {
    return user.disabledAt != null;
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company an employer posts for." })
  async company(@Parent() user: User, @Ctx() ctx: Context): Promise<Company | null> {
    return user.companyId ? ctx.loaders.companyById.load(user.companyId) : null;
  }

  @Authorized(SELF)
  @FieldResolver(() => [SessionInfo], { description: "Where you are signed in (yours only).", complexity: listCost(MAX_LISTED_SESSIONS) })
  async sessions(@Parent() user: User, @Ctx() ctx: Context): Promise<SessionInfo[]> {
    const current = ctx.caller.kind === "user" ? ctx.caller.sessionId : null;
    const sessions = await ctx.services.sessions.list(user.id);
    return sessions.map((s) => ({ ...s, current: s.id === current }));
  }
}
