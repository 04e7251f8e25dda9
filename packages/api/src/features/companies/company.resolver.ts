import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { ConnectionArgs } from "../../shared/graphql/connection";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { JobConnection, parentJobs } from "../jobs";
import { Company } from "./company.entity";
import { CompaniesArgs } from "./company.inputs";
import { CompanyConnection } from "./company.types";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import { pageCost } from "../../shared/graphql/cost";

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: "Companies A to Z.", complexity: pageCost(DEFAULT_PAGE_SIZE) })
  companies(@Args() args: CompaniesArgs, @Ctx() ctx: Context) {
    return ctx.services.companies.connection(args.filter, args);
  }

  @Query(() => Company, { nullable: true })
  company(@Arg("slug") slug: string, @Ctx() ctx: Context): Promise<Company | null> {
    return ctx.services.companies.bySlug(slug);
  }

  @FieldResolver(() => ID)
  id(@Parent() company: Company): string {
    return toGlobalId("Company", company.id);
  }

  @FieldResolver(() => String)
  url(@Parent() company: Company, @Ctx() ctx: Context): string {
    return ctx.services.urls.company(company.slug);
  }

  @FieldResolver(() => Int, { description: "Live jobs at this company." })
  openJobsCount(@Parent() company: Company, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.liveJobCountByCompanyId.load(company.id);
  }

  @FieldResolver(() => JobConnection, { description: "The company's live jobs, newest first.", complexity: pageCost(DEFAULT_PAGE_SIZE) })
  jobs(@Parent() company: Company, @Args() page: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return parentJobs(ctx, "company", company.id, page, info);
  }
}
