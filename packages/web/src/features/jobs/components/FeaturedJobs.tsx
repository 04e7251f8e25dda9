import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { JobList } from "./JobCard";

export const FeaturedJobsFragment = graphql(`
  fragment FeaturedJobs_jobs on JobConnection {
    edges {
      node {
        ...JobCard_job
      }
    }
  }
`);

/** Featured jobs (paid placements); nothing while they load or when there are none. */
export function FeaturedJobs({ jobs: jobsRef }: { jobs: FragmentType<typeof FeaturedJobsFragment> | undefined }) {
  const jobs = getFragmentData(FeaturedJobsFragment, jobsRef)?.edges.map((e) => e.node) ?? [];
  if (jobs.length === 0) return null;
  return (
    <section className="section" aria-labelledby="featured-heading">
      <h2 id="featured-heading" className="section__title">
        Featured jobs
      </h2>
      <JobList jobs={jobs} headingLevel={3} />
    </section>
  );
}
