import { useQuery } from "@apollo/client/react";
import { GlossaryHighlights } from "../features/glossary/components/GlossaryHighlights";
import { CategoryTiles } from "../features/jobs/components/CategoryTiles";
import { CityPills } from "../features/jobs/components/CityPills";
import { FeaturedJobs } from "../features/jobs/components/FeaturedJobs";
import { HomeHero } from "../features/jobs/components/HomeHero";
import { LatestJobs } from "../features/jobs/components/LatestJobs";
import { graphql } from "../generated";
import { ErrorState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const HomeRouteQuery = graphql(`
  query HomeRouteQuery {
    featured: jobs(first: 4, filter: { featured: true }, orderBy: { field: POSTED_AT, direction: DESC }) {
      ...FeaturedJobs_jobs
    }
    jobs(first: 8, orderBy: { field: POSTED_AT, direction: DESC }) {
      totalCount
      ...LatestJobs_jobs
    }
    jobCategories {
      ...CategoryTiles_category
    }
    locations {
      ...CityPills_location
    }
    glossaryTerms(first: 6) {
      ...GlossaryHighlights_terms
    }
  }
`);

export function HomeRoute() {
  useDocumentMeta(
    null,
    "HiredinAI: curated jobs in AI engineering, research, data, product, design, marketing and sales — from top companies and startups, updated daily.",
  );
  const { data, error, refetch } = useQuery(HomeRouteQuery);

  return (
    <>
      <HomeHero total={data ? data.jobs.totalCount : null} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <FeaturedJobs jobs={data?.featured} />
          <LatestJobs jobs={data?.jobs} />
          <CategoryTiles categories={data?.jobCategories} />
          <CityPills locations={data?.locations} />
          <GlossaryHighlights terms={data?.glossaryTerms} />
        </>
      )}
    </>
  );
}
