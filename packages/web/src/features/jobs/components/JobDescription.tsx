import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { JobDetailSection } from "./JobDetailSection";
import { Prose } from "../../../shared/ui/Prose";

export const JobDescriptionFragment = graphql(`
  fragment JobDescription_job on Job {
    id
    descriptionHtml
  }
`);

export function JobDescription({ job }: { job: FragmentType<typeof JobDescriptionFragment> }) {
  const { descriptionHtml } = getFragmentData(JobDescriptionFragment, job);
  return (
    <JobDetailSection id="description-heading" title="Job description" hideTitle>
      {/* The API renders the Markdown description to sanitised HTML. */}
      <Prose html={descriptionHtml} />
    </JobDetailSection>
  );
}
