import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { Location } from "./location.entity";
import { listCost } from "../../shared/graphql/cost";
import { MAX_LOCATIONS } from "./location.service";

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => [Location], {
    description: `Locations with live jobs, busiest first; at most ${MAX_LOCATIONS}.`,
    complexity: listCost(MAX_LOCATIONS),
  })
  locations(@Ctx() ctx: Context): Promise<Location[]> {
    return ctx.services.locations.withLiveJobs();
  }

  @Query(() => Location, { nullable: true })
  location(@Arg("slug") slug: string, @Ctx() ctx: Context): Promise<Location | null> {
    return ctx.services.locations.bySlug(slug);
  }

  @FieldResolver(() => ID)
  id(@Parent() location: Location): string {
    return toGlobalId("Location", location.id);
  }

  @FieldResolver(() => String, { description: "The AI jobs in this city page." })
  url(@Parent() location: Location, @Ctx() ctx: Context): string {
    return ctx.services.urls.location(location.slug);
  }

  @FieldResolver(() => Int, { description: "Live jobs here." })
  jobCount(@Parent() location: Location, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.liveJobCountByLocationId.load(location.id);
  }
}
