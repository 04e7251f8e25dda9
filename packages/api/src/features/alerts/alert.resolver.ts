import { Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { listCost } from "../../shared/graphql/cost";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { SELF, User } from "../accounts";
import { Alert } from "./alert.entity";
import { MAX_ALERTS_PER_EMAIL, type AlertCaller } from "./alert.service";
import { describeCriteria } from "./alert-summary";
import {
  AlertByTokenArgs,
  AlertPayload,
  AlertRefArgs,
  AlertTokenArgs,
  CreateAlertArgs,
  CreateAlertPayload,
  DeleteAlertPayload,
  UpdateAlertArgs,
} from "./alert.inputs";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

const caller = (ctx: Context): AlertCaller => ({ ip: ctx.request.ip, user: ctx.caller.kind === "user" ? ctx.caller.user : null });

/**
 * Job alerts. Anyone may create one; reading or changing one takes the token of a link from its
 * emails or, signed in, its id (AlertService.access decides, in one place).
 */
@Resolver(() => Alert)
export class AlertResolver {
  @Mutation(() => CreateAlertPayload, {
    description: "Saves a search as an alert and emails a link to confirm it (no confirmation for your own verified address, signed in).",
  })
  async createAlert(@Args() { input }: CreateAlertArgs, @Ctx() ctx: Context): Promise<CreateAlertPayload> {
    return { alert: await ctx.services.alerts.create(input, caller(ctx)) };
  }

  @CallerSpecific()
  @Query(() => Alert, { description: "The alert a manage or unsubscribe link is for." })
  async alertByToken(@Args() { token }: AlertByTokenArgs, @Ctx() ctx: Context): Promise<Alert> {
    return ctx.services.alerts.byToken(token, caller(ctx));
  }

  @Mutation(() => AlertPayload, { description: "Follows a confirmation link: the alert starts sending jobs published from now on." })
  async confirmAlert(@Args() { input }: AlertTokenArgs, @Ctx() ctx: Context): Promise<AlertPayload> {
    return { alert: await ctx.services.alerts.confirm(input.token, caller(ctx)) };
  }

  @Mutation(() => AlertPayload, { description: "Changes an alert's search, frequency or schedule." })
  async updateAlert(@Args() { input }: UpdateAlertArgs, @Ctx() ctx: Context): Promise<AlertPayload> {
    return { alert: await ctx.services.alerts.update(input, caller(ctx)) };
  }

  @Mutation(() => AlertPayload, { description: "Stops an alert's emails until it is resumed." })
  async pauseAlert(@Args() { input }: AlertRefArgs, @Ctx() ctx: Context): Promise<AlertPayload> {
    return { alert: await ctx.services.alerts.pause(input, caller(ctx)) };
  }

  @Mutation(() => AlertPayload, { description: "Sends a paused or unsubscribed alert's emails again, from jobs published now on." })
  async resumeAlert(@Args() { input }: AlertRefArgs, @Ctx() ctx: Context): Promise<AlertPayload> {
    return { alert: await ctx.services.alerts.resume(input, caller(ctx)) };
  }

  @Mutation(() => DeleteAlertPayload, { description: "Deletes an alert; its links stop working." })
  async deleteAlert(@Args() { input }: AlertRefArgs, @Ctx() ctx: Context): Promise<DeleteAlertPayload> {
    return { deletedAlertId: toGlobalId("Alert", await ctx.services.alerts.delete(input, caller(ctx))) };
  }

  @Mutation(() => AlertPayload, { description: "Unsubscribes by the link in an alert email." })
  async unsubscribeAlert(@Args() { input }: AlertTokenArgs, @Ctx() ctx: Context): Promise<AlertPayload> {
    return { alert: await ctx.services.alerts.unsubscribe(input.token, caller(ctx)) };
  }

  @FieldResolver(() => ID)
  id(@Parent() alert: Alert): string {
    return toGlobalId("Alert", alert.id);
  }

  @FieldResolver(() => String, { description: "The search in a few words, e.g. “LLM” · Senior · Remote." })
  async summary(@Parent() alert: Alert, @Ctx() ctx: Context): Promise<string> {
    return describeCriteria(alert.criteria, await ctx.loaders.alertNames.load(alert.id));
  }

  @FieldResolver(() => String, { description: "The same search on the site." })
  searchUrl(@Parent() alert: Alert, @Ctx() ctx: Context): string {
    return ctx.services.urls.search(alert.criteria);
  }
}

/** A person's alerts, on their account (`viewer { alerts }`). */
@Resolver(() => User)
export class UserAlertsResolver {
  @Authorized(SELF)
  @FieldResolver(() => [Alert], {
    description: "Your job alerts: those for your account's address once it is verified (and those you made for it signed in).",
    complexity: listCost(MAX_ALERTS_PER_EMAIL),
  })
  async alerts(@Parent() user: User, @Ctx() ctx: Context): Promise<Alert[]> {
    return ctx.services.alerts.forUser(user);
  }
}
