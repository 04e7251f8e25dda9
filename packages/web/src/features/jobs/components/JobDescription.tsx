import { getFragmentData, graphql, type FragmentType } from "../../../generated";

export const JobDescriptionFragment = graphql(`
  fragment JobDescription_job on Job {
    id
    descriptionHtml
  }
`);

export function JobDescription({ job }: { job: FragmentType<typeof JobDescriptionFragment> }) {
  const { descriptionHtml } = getFragmentData(JobDescriptionFragment, job);
  return (
    <section aria-labelledby="description-heading" className="job-detail__section">
      <h2 id="description-heading" className="visually-hidden">
        Job description
      </h2>
      {/* The API renders the Markdown description to sanitised HTML. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
    </section>
  );
}
