import { Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, Mutation } from "type-graphql";
import type { Context } from "../../app/context";
import { listCost } from "../../shared/graphql/cost";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Role } from "../accounts";
import { actorOf } from "../audit";
import { Money, Plan } from "./plan.entity";
import { CreatePlanArgs, PlanPayload, UpdatePlanArgs } from "./plan.inputs";
import { MAX_PLANS } from "./plan.service";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: "The plans employers can choose, in Pricing-page order.", complexity: listCost(MAX_PLANS) })
  plans(@Ctx() ctx: Context): Promise<Plan[]> {
    return ctx.services.plans.list();
  }

  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => [Plan], { description: "Every plan, retired ones too (admins only).", complexity: listCost(MAX_PLANS) })
  allPlans(@Ctx() ctx: Context): Promise<Plan[]> {
    return ctx.services.plans.list({ includeRetired: true });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PlanPayload, { description: "Adds a plan (admins only; in the audit log)." })
  async createPlan(@Args() { input }: CreatePlanArgs, @Ctx() ctx: Context): Promise<PlanPayload> {
    return { plan: await ctx.services.plans.create(actorOf(ctx), input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PlanPayload, {
    description: "Changes a plan: only the fields given (admins only; in the audit log). `active: false` retires it.",
  })
  async updatePlan(@Args() { id, input }: UpdatePlanArgs, @Ctx() ctx: Context): Promise<PlanPayload> {
    return { plan: await ctx.services.plans.update(actorOf(ctx), id, input) };
  }

  @FieldResolver(() => ID)
  id(@Root() plan: Plan): string {
    return toGlobalId("Plan", plan.id);
  }

  @FieldResolver(() => Money, { description: "What a posting on this plan costs." })
  price(@Root() plan: Plan): Money {
    return { amount: plan.priceAmount, currency: plan.priceCurrency.trim() };
  }
}
