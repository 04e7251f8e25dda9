import { getFragmentData, type FragmentType } from "../../../generated";
import { JsonLd } from "../../../shared/ui/JsonLd";
import { jobPostingJsonLd, JobPostingJsonLdFragment } from "../utils/jobPostingJsonLd";

/** The job page's schema.org JobPosting, for search engines. */
export function JobPostingJsonLd({ job }: { job: FragmentType<typeof JobPostingJsonLdFragment> }) {
  return <JsonLd data={jobPostingJsonLd(getFragmentData(JobPostingJsonLdFragment, job))} />;
}
