import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver } from "type-graphql";
import { safeApplyTarget } from "../job-stats";
import type { Context } from "../../app/context";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Parent } from "../../shared/graphql/parent";
import { JobCategory } from "../categories";
import { Company } from "../companies";
import { GlossaryTerm, MAX_MENTIONED_TERMS } from "../glossary";
import { Location, MAX_JOB_LOCATIONS } from "../locations";
import { JobFilter } from "./inputs/job-filter.input";
import { JobsArgs, SimilarJobsArgs } from "./inputs/jobs.args";
import { Job } from "./job.entity";
import { isLiveJob } from "./job.filter";
import { jobFieldsIncludeFor, jobIncludeFor } from "./job-include";
import type { JobWithRelations } from "./job.service";
import { JobConnection, JobFacets, MAX_JOB_TAGS, SalaryRange } from "./job.types";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import { listCost, pageCost, RENDER_COST } from "../../shared/graphql/cost";

// What each field below reads of the job row is written down in JOB_FIELD_READS (job-include.ts).
@Resolver(() => Job)
export class JobResolver {
  @Query(() => JobConnection, {
    description: "Live jobs matching a filter, newest first unless ordered otherwise.",
    complexity: pageCost(DEFAULT_PAGE_SIZE),
  })
  jobs(@Args() args: JobsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.jobs.connection(args.filter, args.orderBy, args, jobIncludeFor(info));
  }

  @Query(() => Job, {
    nullable: true,
    description: "A live job by slug; null when unknown, expired or closed (with `includeEnded`, an expired or closed one too).",
  })
  job(
    @Arg("slug") slug: string,
    @Arg("includeEnded", {
      defaultValue: false,
      description: "Also a job that has expired or closed (its page says so); `isLive` tells which. Never a draft or one in review.",
    })
    includeEnded: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Job | null> {
    return ctx.services.jobs.bySlug(slug, jobFieldsIncludeFor(info), { ended: includeEnded });
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

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The Apply button's link: the API counts the click, then redirects to applyUrl. Null when the job has no apply URL a browser may open (http, https or mailto), or is no longer live.",
  })
  applyLink(@Parent() job: Job, @Ctx() ctx: Context): string | null {
    return isLiveJob(job) && safeApplyTarget(job.applyUrl) ? ctx.services.urls.apply(toGlobalId("Job", job.id)) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the job is open for applications now: published and not past its closing date. Only `job(includeEnded: true)` shows one that isn't.",
  })
  isLive(@Parent() job: Job): boolean {
    return isLiveJob(job);
  }

  @FieldResolver(() => Boolean, { description: "Whether the job is featured (a paid placement) right now." })
  featured(@Parent() job: Job): boolean {
    return job.featuredUntil != null && job.featuredUntil.getTime() > Date.now();
  }

  @FieldResolver(() => String, {
    description: "The description rendered to sanitised HTML; the first mention of each AI Glossary term links to the term's page.",
    complexity: RENDER_COST,
  })
  descriptionHtml(@Parent() job: JobWithRelations, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.linkedHtml.load({ markdown: job.description, glossaryGeneration: job.glossaryGeneration });
  }

  // The relations that came with the job are returned as they are, not in a promise: a page of jobs then
  // completes without a promise per job.
  @FieldResolver(() => Company)
  company(@Parent() job: JobWithRelations, @Ctx() ctx: Context): Company | Promise<Company> {
    return job.company ?? ctx.loaders.companyById.load(job.companyId).then((company) => company!);
  }

  @FieldResolver(() => JobCategory)
  category(@Parent() job: JobWithRelations, @Ctx() ctx: Context): JobCategory | Promise<JobCategory> {
    return job.category ?? ctx.loaders.categoryById.load(job.categoryId).then((category) => category!);
  }

  @FieldResolver(() => [Location], {
    description: `Where the job is based; at most ${MAX_JOB_LOCATIONS}.`,
    complexity: listCost(MAX_JOB_LOCATIONS),
  })
  locations(@Parent() job: JobWithRelations, @Ctx() ctx: Context): Location[] | Promise<Location[]> {
    const first = (locations: Location[]) => locations.slice(0, MAX_JOB_LOCATIONS);
    return job.locations ? first(job.locations) : ctx.loaders.locationsByJobId.load(job.id).then(first);
  }

  @FieldResolver(() => [String], { description: `At most ${MAX_JOB_TAGS}.`, complexity: listCost(MAX_JOB_TAGS) })
  tags(@Parent() job: Job): string[] {
    return job.tags.slice(0, MAX_JOB_TAGS);
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

  @FieldResolver(() => [GlossaryTerm], {
    description: `AI Glossary terms the description mentions; at most ${MAX_MENTIONED_TERMS}.`,
    complexity: listCost(MAX_MENTIONED_TERMS),
  })
  async glossaryTerms(@Parent() job: JobWithRelations, @Ctx() ctx: Context): Promise<GlossaryTerm[]> {
    return (await ctx.loaders.glossaryTermsByJob.load(job)).slice(0, MAX_MENTIONED_TERMS);
  }

  @FieldResolver(() => [Job], { description: "Live jobs in the same category, most shared tags first.", complexity: pageCost(5) })
  similarJobs(@Parent() job: Job, @Args() { first }: SimilarJobsArgs, @Ctx() ctx: Context): Promise<Job[]> {
    return ctx.services.jobs.similar(job, first);
  }
}
