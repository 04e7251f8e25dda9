import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { JobList } from "./JobCard";
import { JobDetailSection } from "./JobDetailSection";

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
    <JobDetailSection id="similar-heading" title="Similar jobs">
      <JobList jobs={similarJobs} headingLevel={3} />
    </JobDetailSection>
  );
}
