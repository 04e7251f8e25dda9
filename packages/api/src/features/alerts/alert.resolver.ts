import { Args, FieldResolver, ID, Mutation, Resolver, Ctx } from "type-graphql";
import type { Context } from "../../app/context";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { Alert } from "./alert.entity";
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
