import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "./context";
import { CallerSpecific } from "../shared/graphql/cache-hints";

@ObjectType({
  description:
    "Where the caller's rate-limit budget stands, this operation included: the numbers every response also carries in `extensions.rateLimit` and the X-RateLimit-* headers.",
})
export class RateLimit {
  @Field(() => Int, {
    description: "Points the caller may spend in a window (an API key's `hourlyBudget`, or the budget for its kind of caller).",
  })
  limit: number;

  @Field(() => Int, { description: "Points this operation cost: its complexity in hundreds, at least 1." })
  cost: number;

  @Field(() => Int, { description: "Points spent in the current window, this operation included." })
  used: number;

  @Field(() => Int, { description: "Points left in the current window." })
  remaining: number;

  @Field({ description: "When the window ends and the budget is whole again." })
  resetAt: Date;
}

/** `rateLimit`: about the API's front door rather than any feature, so it lives beside the schema (app/budget-plugin.ts spends the budget). */
@Resolver()
export class RateLimitResolver {
  @CallerSpecific()
  @Query(() => RateLimit, {
    description: "The caller's rate-limit budget after this operation, which is counted in it (asked alone, `rateLimit` costs 1 point).",
  })
  rateLimit(@Ctx() ctx: Context): RateLimit {
    // The complexity plugin spends the operation's cost before any resolver runs, so the state is always there.
    if (!ctx.rateLimit) throw new Error("rateLimit ran before the operation's cost was spent");
    return ctx.rateLimit;
  }
}
