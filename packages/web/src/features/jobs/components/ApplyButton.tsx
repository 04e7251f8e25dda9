import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import styles from "./ApplyButton.module.css";

export const ApplyButtonFragment = graphql(`
  fragment ApplyButton_job on Job {
    id
    applyLink
  }
`);

/**
 * "Apply for this job": the API's counted link (it counts the click for the employer's dashboard,
 * then redirects to their page or a mailto:), or a note when the employer takes applications elsewhere.
 */
export function ApplyButton({ job }: { job: FragmentType<typeof ApplyButtonFragment> }) {
  const { applyLink } = getFragmentData(ApplyButtonFragment, job);
  if (!applyLink) return <p className="muted">This employer takes applications through their own site.</p>;
  return (
    <p className={styles.apply}>
      <a className={`button button--large ${styles.button}`} href={applyLink} target="_blank" rel="noopener noreferrer">
        Apply for this job<span className="visually-hidden"> (opens in a new tab)</span> ↗
      </a>
    </p>
  );
}
