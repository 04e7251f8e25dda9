import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { sitePath } from "../../../shared/utils/format";

export const JobGlossaryTermsFragment = graphql(`
  fragment JobGlossaryTerms_job on Job {
    id
    glossaryTerms {
      id
      slug
      url
      term
      shortDefinition
    }
  }
`);

/** The AI Glossary terms the job's description mentions; nothing when there are none. */
export function JobGlossaryTerms({ job }: { job: FragmentType<typeof JobGlossaryTermsFragment> }) {
  const { glossaryTerms } = getFragmentData(JobGlossaryTermsFragment, job);
  if (glossaryTerms.length === 0) return null;
  return (
    <section aria-labelledby="terms-heading" className="job-detail__section">
      <h2 id="terms-heading">AI terms in this job</h2>
      <ul className="term-list">
        {glossaryTerms.map((term) => (
          <li key={term.id}>
            <Link to={sitePath(term.url, `/glossary/${term.slug}`)}>{term.term}</Link>
            <p className="muted">{term.shortDefinition}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
