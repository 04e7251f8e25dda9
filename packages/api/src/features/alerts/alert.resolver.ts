import { Args, Authorized, FieldResolver, ID, Mutation, Resolver, Ctx } from "type-graphql";
import type { Context } from "../../app/context";
import { listCost } from "../../shared/graphql/cost";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { SELF, User } from "../accounts";
import { Alert } from "./alert.entity";
import { MAX_ALERTS_PER_EMAIL } from "./alert.service";
import { CreateAlertArgs, CreateAlertPayload } from "./alert.inputs";

@Resolver(() => Alert)
export class AlertResolver {
  @Mutation(() => CreateAlertPayload, { description: "Saves a search as an alert and emails a link to confirm it." })
  async createAlert(@Args() { input }: CreateAlertArgs, @Ctx() ctx: Context): Promise<CreateAlertPayload> {
    return { alert: await ctx.services.alerts.create(input, { ip: ctx.request.ip }) };
  }

  @FieldResolver(() => ID)
  id(@Parent() alert: Alert): string {
    return toGlobalId("Alert", alert.id);
  }
}

/** A person's alerts, on their account (`viewer { alerts }`): those saved for their address. */
@Resolver(() => User)
export class UserAlertsResolver {
  @Authorized(SELF)
  @FieldResolver(() => [Alert], {
    description: "Job alerts saved for your email address (yours only).",
    complexity: listCost(MAX_ALERTS_PER_EMAIL),
  })
  async alerts(@Parent() user: User, @Ctx() ctx: Context): Promise<Alert[]> {
    return ctx.services.alerts.forEmail(user.email);
  }
}
