import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { JobList } from "./JobCard";

export const SimilarJobsFragment = graphql(`
  fragment SimilarJobs_job on Job {
    id
    similarJobs(first: 5) {
      ...JobCard_job
    }
  }
`);

/** Live jobs like this one; nothing when there are none. */
export function SimilarJobs({ job }: { job: FragmentType<typeof SimilarJobsFragment> }) {
  const { similarJobs } = getFragmentData(SimilarJobsFragment, job);
  if (similarJobs.length === 0) return null;
  return (
    <section aria-labelledby="similar-heading" className="job-detail__section">
      <h2 id="similar-heading">Similar jobs</h2>
      <JobList jobs={similarJobs} headingLevel={3} />
    </section>
  );
}
