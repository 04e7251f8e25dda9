import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { useDocumentMeta } from "../../../shared/ui/useDocumentMeta";
import { formatSalary } from "../../../shared/utils/format";
import { remoteLabel, seniorityLabel } from "../utils/labels";

export const JobDocumentMetaFragment = graphql(`
  fragment JobDocumentMeta_job on Job {
    id
    title
    seniority
    remote
    salary {
      min
      max
      currency
      period
    }
    company {
      id
      name
    }
  }
`);

/**
 * The job page's title and description. `job` is null once the API said there is no such job, undefined while it loads.
 */
export function useJobDocumentMeta(jobRef: FragmentType<typeof JobDocumentMetaFragment> | null | undefined): void {
  const job = getFragmentData(JobDocumentMetaFragment, jobRef);
  const salary = job ? formatSalary(job.salary) : null;
  useDocumentMeta(
    job ? `${job.title} at ${job.company.name}` : job === null ? "Job no longer available" : "AI job",
    job
      ? `${job.title} at ${job.company.name}: ${seniorityLabel(job.seniority)}, ${remoteLabel(job.remote)}${salary ? `, ${salary}` : ""}. Apply on HiredinAI.`
      : null,
  );
}
