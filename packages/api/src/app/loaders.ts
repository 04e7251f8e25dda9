import DataLoader from "dataloader";
import type { FirstJobsKey, JobWithRelations } from "../features/jobs/job.service";
import type { Connection } from "../shared/graphql/connection";
import type { Services } from "./services";

/**
 * Per-request DataLoaders: every parent -> child hop goes through one, so a page of N parents
 * costs one statement per hop, not N.
 */
export function createLoaders(s: Services) {
  return {
    jobById: new DataLoader((ids: readonly number[]) => s.jobs.liveByIds(ids)),
    companyById: new DataLoader((ids: readonly number[]) => s.companies.byIds(ids)),
    categoryById: new DataLoader((ids: readonly number[]) => s.categories.byIds(ids)),
    locationById: new DataLoader((ids: readonly number[]) => s.locations.byIds(ids)),
    glossaryTermById: new DataLoader((ids: readonly number[]) => s.glossary.byIds(ids)),
    articleAuthorById: new DataLoader((ids: readonly number[]) => s.articles.authorsByIds(ids)),
    categoriesByArticleId: new DataLoader((ids: readonly number[]) => s.articles.categoriesByArticleIds(ids)),
    locationsByJobId: new DataLoader((ids: readonly number[]) => s.locations.byJobIds(ids)),
    /**
     * Markdown (a job's description, an article's body) as sanitised HTML with the first mention of each glossary
     * term linked to its page: one read of the glossary's generation for the whole request at most, none when a
     * job's statement brought it along.
     */
    linkedHtml: new DataLoader(
      (texts: readonly { markdown: string; glossaryGeneration?: string }[]) =>
        s.glossary.linkedHtml(
          texts.map((t) => t.markdown),
          latestGeneration(texts.map((t) => t.glossaryGeneration)),
        ),
      { cacheKeyFn: (text) => text.markdown },
    ),
    glossaryTermsByJob: new DataLoader(
      (jobs: readonly JobWithRelations[]) =>
        s.glossary.mentionedIn(
          jobs.map((j) => j.description),
          latestGeneration(jobs.map((j) => j.glossaryGeneration)),
        ),
      { cacheKeyFn: (job) => job.id },
    ),
    firstJobPages: new DataLoader<FirstJobsKey, Connection<JobWithRelations>, string>((keys) => s.jobs.firstPages(keys), {
      cacheKeyFn: (key) => JSON.stringify(key),
    }),
    liveJobCountByCompanyId: new DataLoader((ids: readonly number[]) => s.jobs.liveCounts("company", ids)),
    liveJobCountByCategoryId: new DataLoader((ids: readonly number[]) => s.jobs.liveCounts("category", ids)),
    liveJobCountByLocationId: new DataLoader((ids: readonly number[]) => s.jobs.liveCounts("location", ids)),
    relatedTermsByTermId: new DataLoader((ids: readonly number[]) => s.glossary.relatedByTermIds(ids)),
    faqsByTermId: new DataLoader((ids: readonly number[]) => s.glossary.faqsByTermIds(ids)),
    alertNames: new DataLoader((ids: readonly number[]) => s.alerts.criteriaNames(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The newest of the glossary generations jobs were read with (undefined when none was). */
function latestGeneration(generations: (string | undefined)[]): string | undefined {
  return generations.reduce<string | undefined>((a, b) => (b != null && (a == null || BigInt(b) > BigInt(a)) ? b : a), undefined);
}
