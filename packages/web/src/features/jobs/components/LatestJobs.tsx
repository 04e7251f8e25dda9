import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { EmptyState } from "../../../shared/ui/states";
import { JobList, JobListSkeleton } from "./JobCard";

export const LatestJobsFragment = graphql(`
  fragment LatestJobs_jobs on JobConnection {
    edges {
      node {
        ...JobCard_job
      }
    }
  }
`);

/** The newest jobs, with a link to all of them; `jobs` is undefined while they load. */
export function LatestJobs({ jobs: jobsRef }: { jobs: FragmentType<typeof LatestJobsFragment> | undefined }) {
  const jobs = getFragmentData(LatestJobsFragment, jobsRef)?.edges.map((e) => e.node);
  return (
    <section className="section" aria-labelledby="latest-heading">
      <div className="section__head">
        <h2 id="latest-heading" className="section__title">
          Latest AI jobs
        </h2>
        <Link to="/jobs">See all jobs →</Link>
      </div>
      {!jobs ? (
        <JobListSkeleton count={4} />
      ) : jobs.length === 0 ? (
        <EmptyState title="No jobs yet">New roles are posted every day. Check back soon.</EmptyState>
      ) : (
        <JobList jobs={jobs} headingLevel={3} />
      )}
    </section>
  );
}
