import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { useDocumentMeta } from "../../../shared/ui/useDocumentMeta";
import { formatSalary } from "../../../shared/utils/format";
import { remoteLabel, seniorityLabel } from "../utils/labels";

export const JobDocumentMetaFragment = graphql(`
  fragment JobDocumentMeta_job on Job {
    id
    title
    isLive
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
 * The job page's title and description. `job` is null once the API said there is no such job, undefined
 * while it loads. A job that has ended says so, and search engines are told not to index its page.
 */
export function useJobDocumentMeta(jobRef: FragmentType<typeof JobDocumentMetaFragment> | null | undefined): void {
  const job = getFragmentData(JobDocumentMetaFragment, jobRef);
  const salary = job ? formatSalary(job.salary) : null;
  const ended = job != null && !job.isLive;
  useDocumentMeta(
    job ? `${job.title} at ${job.company.name}${ended ? ": no longer open" : ""}` : job === null ? "Job no longer available" : "AI job",
    !job
      ? null
      : ended
        ? `This ${job.title} job at ${job.company.name} is no longer open for applications. See similar AI jobs on HiredinAI.`
        : `${job.title} at ${job.company.name}: ${seniorityLabel(job.seniority)}, ${remoteLabel(job.remote)}${salary ? `, ${salary}` : ""}. Apply on HiredinAI.`,
    { noindex: ended },
  );
}
