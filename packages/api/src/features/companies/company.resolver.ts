import type { GraphQLResolveInfo } from "graphql";
import { IsOptional, Max, Min } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { ConnectionArgs } from "../../shared/graphql/connection";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { firstPageSelected, JobConnection, parentJobs } from "../jobs";
import { childSelections } from "../../shared/graphql/lookahead";
import { Company } from "./company.entity";
import { CompaniesArgs } from "./company.inputs";
import { CompanyConnection } from "./company.types";
import type { FieldColumns } from "../../shared/db/columns";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import { pageCost, RENDER_COST } from "../../shared/graphql/cost";
import { markdownToSafeHtml } from "../../shared/text/markdown";
import { companyLogoUrl } from "./company-logo.service";

@ArgsType()
class LogoUrlArgs {
  @Field(() => Int, { nullable: true, description: "The size it is shown at, in pixels (1 to 1024)." })
  @IsOptional()
  @Min(1)
  @Max(1024)
  size?: number | null;
}

/**
 * What each Company field reads of the company: its own column, or what its resolver below uses. A
 * statement bringing a job's company brings only these columns when the selection asks for no other
 * field (JobService.listSelect). A field resolver that starts reading another column says so here.
 */
export const COMPANY_FIELD_READS: FieldColumns<Company> = {
  id: ["id"],
  slug: ["slug"],
  name: ["name"],
  url: ["slug"],
  website: ["website"],
  logoUrl: ["slug", "logoHash", "logoUrl"],
  verified: ["verified"],
  size: ["size"],
  headquarters: ["headquarters"],
  openJobsCount: ["id"],
  jobs: ["id"],
};

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: "Companies A to Z.", complexity: pageCost(DEFAULT_PAGE_SIZE) })
  companies(@Args() args: CompaniesArgs, @Ctx() ctx: Context) {
    return ctx.services.companies.connection(args.filter, args);
  }

  @Query(() => Company, { nullable: true })
  async company(@Arg("slug") slug: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Company | null> {
    // A company's page in one statement when it reads the first page of the company's jobs: the
    // company, its live jobs' count and that page come together, and prime the loaders of `jobs` and
    // `openJobsCount`.
    const key = firstPageSelected("company", childSelections(info, "jobs"));
    if (!key) return ctx.services.companies.bySlug(slug);
    const page = await ctx.services.jobs.companyPage(slug, key.first, key.include);
    if (!page) return null;
    ctx.loaders.firstJobPages.prime({ ...key, id: page.company.id }, page.jobs);
    ctx.loaders.liveJobCountByCompanyId.prime(page.company.id, page.liveJobs);
    return page.company;
  }

  @FieldResolver(() => ID)
  id(@Parent() company: Company): string {
    return toGlobalId("Company", company.id);
  }

  @FieldResolver(() => String)
  url(@Parent() company: Company, @Ctx() ctx: Context): string {
    return ctx.services.urls.company(company.slug);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The company's logo: the one its employer uploaded, a square image served by this API (`size` picks the smallest of 64, 128 and 256 px that is at least as large; 256 without it), or a logo elsewhere.",
  })
  logoUrl(@Parent() company: Company, @Args() { size }: LogoUrlArgs, @Ctx() ctx: Context): string | null {
    return companyLogoUrl(ctx.services.urls, company, size);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The profile (`description`) rendered to sanitised HTML, as the company page shows it.",
    complexity: RENDER_COST,
  })
  descriptionHtml(@Parent() company: Company): string | null {
    return company.description == null ? null : markdownToSafeHtml(company.description);
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
