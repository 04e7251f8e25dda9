import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { ConnectionArgs } from "../../shared/graphql/connection";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { JobConnection, parentJobs } from "../jobs";
import { JobCategory } from "./job-category.entity";
import type { FieldColumns } from "../../shared/db/columns";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import { listCost, pageCost } from "../../shared/graphql/cost";
import { MAX_CATEGORIES } from "./job-category.service";

/**
 * What each JobCategory field reads of the category: its own column, or what its resolver below uses.
 * A statement bringing a job's category brings only these columns when the selection asks for no
 * other field (JobService.listSelect). A field resolver that starts reading another column says so here.
 */
export const CATEGORY_FIELD_READS: FieldColumns<JobCategory> = {
  id: ["id"],
  slug: ["slug"],
  name: ["name"],
  url: ["slug"],
  jobCount: ["id"],
  jobs: ["id"],
};

@Resolver(() => JobCategory)
export class JobCategoryResolver {
  @Query(() => [JobCategory], { description: "Every job category, in menu order.", complexity: listCost(MAX_CATEGORIES) })
  jobCategories(@Ctx() ctx: Context): Promise<JobCategory[]> {
    return ctx.services.categories.all();
  }

  @Query(() => JobCategory, { nullable: true })
  jobCategory(@Arg("slug") slug: string, @Ctx() ctx: Context): Promise<JobCategory | null> {
    return ctx.services.categories.bySlug(slug);
  }

  @FieldResolver(() => ID)
  id(@Parent() category: JobCategory): string {
    return toGlobalId("JobCategory", category.id);
  }

  @FieldResolver(() => String, { description: "The category's jobs page." })
  url(@Parent() category: JobCategory, @Ctx() ctx: Context): string {
    return ctx.services.urls.category(category.slug);
  }

  @FieldResolver(() => Int, { description: "Live jobs in this category." })
  jobCount(@Parent() category: JobCategory, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.liveJobCountByCategoryId.load(category.id);
  }

  @FieldResolver(() => JobConnection, { description: "Live jobs in this category, newest first.", complexity: pageCost(DEFAULT_PAGE_SIZE) })
  jobs(@Parent() category: JobCategory, @Args() page: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return parentJobs(ctx, "category", category.id, page, info);
  }
}
