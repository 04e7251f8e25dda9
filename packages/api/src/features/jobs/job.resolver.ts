import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { BadUserInputError } from "../../shared/errors/app-error";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { markdownToSafeHtml } from "../../shared/text/markdown";
import { JobCategory } from "../categories/job-category.entity";
import { Company } from "../companies/company.entity";
import { GlossaryTerm } from "../glossary/glossary-term.entity";
import { Location } from "../locations/location.entity";
import { JobFilter } from "./inputs/job-filter.input";
import { JobsArgs } from "./inputs/jobs.args";
import { Job } from "./job.entity";
import { jobIncludeFor } from "./job-include";
import type { JobWithRelations } from "./job.service";
import { JobConnection, JobFacets, SalaryRange } from "./job.types";

@Resolver(() => Job)
export class JobResolver {
  @Query(() => JobConnection, { description: "Live jobs matching a filter, newest first unless ordered otherwise." })
  jobs(@Args() args: JobsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.jobs.connection(args.filter, args.orderBy, args, jobIncludeFor(info));
  }

  @Query(() => Job, { nullable: true, description: "A live job by slug; null when unknown, expired or closed." })
  job(@Arg("slug") slug: string, @Ctx() ctx: Context): Promise<Job | null> {
    return ctx.services.jobs.liveBySlug(slug);
  }

  @Query(() => JobFacets, { description: "Counts per filter value for a job search." })
  jobFacets(@Arg("filter", () => JobFilter, { nullable: true }) filter: JobFilter | null, @Ctx() ctx: Context): Promise<JobFacets> {
    return ctx.services.jobs.facets(filter);
  }

  @FieldResolver(() => ID)
  id(@Parent() job: Job): string {
    return toGlobalId("Job", job.id);
  }

  @FieldResolver(() => String, { description: "The job's page on the site." })
  url(@Parent() job: Job, @Ctx() ctx: Context): string {
    return ctx.services.urls.job(job.slug);
  }

  @FieldResolver(() => Boolean, { description: "Whether the job is featured (a paid placement) right now." })
  featured(@Parent() job: Job): boolean {
    return job.featuredUntil != null && job.featuredUntil.getTime() > Date.now();
  }

  @FieldResolver(() => String, { description: "The description rendered to sanitised HTML." })
  descriptionHtml(@Parent() job: Job): string {
    return markdownToSafeHtml(job.description);
  }

  @FieldResolver(() => Company)
  async company(@Parent() job: JobWithRelations, @Ctx() ctx: Context): Promise<Company> {
    return job.company ?? (await ctx.loaders.companyById.load(job.companyId))!;
  }

  @FieldResolver(() => JobCategory)
  async category(@Parent() job: JobWithRelations, @Ctx() ctx: Context): Promise<JobCategory> {
    return job.category ?? (await ctx.loaders.categoryById.load(job.categoryId))!;
  }

  @FieldResolver(() => [Location])
  locations(@Parent() job: JobWithRelations, @Ctx() ctx: Context): Promise<Location[]> | Location[] {
    return job.locations ?? ctx.loaders.locationsByJobId.load(job.id);
  }

  @FieldResolver(() => SalaryRange, { nullable: true, description: "Null when the posting states no salary." })
  salary(@Parent() job: Job): SalaryRange | null {
    if (job.salaryCurrency == null || job.salaryPeriod == null || (job.salaryMin == null && job.salaryMax == null)) return null;
    return {
      min: job.salaryMin,
      max: job.salaryMax,
      currency: job.salaryCurrency,
      period: job.salaryPeriod,
      annualMinUsd: job.salaryMinUsd,
      annualMaxUsd: job.salaryMaxUsd,
    };
  }

  @FieldResolver(() => [GlossaryTerm], { description: "AI Glossary terms the description mentions." })
  glossaryTerms(@Parent() job: Job, @Ctx() ctx: Context): Promise<GlossaryTerm[]> {
    return ctx.loaders.glossaryTermsByJob.load(job);
  }

  @FieldResolver(() => [Job], { description: "Live jobs in the same category, most shared tags first." })
  similarJobs(
    @Parent() job: Job,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 5, description: "1 to 20." }) first: number,
  ): Promise<Job[]> {
    if (first < 1 || first > 20) throw BadUserInputError.field("first", "must be between 1 and 20");
    return ctx.services.jobs.similar(job, first);
  }
}
