import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { sitePath } from "../../../shared/utils/format";
import { JobDetailSection } from "./JobDetailSection";
import styles from "./JobGlossaryTerms.module.css";

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
    <JobDetailSection id="terms-heading" title="AI terms in this job">
      <ul className={styles.list}>
        {glossaryTerms.map((term) => (
          <li key={term.id}>
            <Link to={sitePath(term.url, `/glossary/${term.slug}`)}>{term.term}</Link>
            <p className="muted">{term.shortDefinition}</p>
          </li>
        ))}
      </ul>
    </JobDetailSection>
  );
}
