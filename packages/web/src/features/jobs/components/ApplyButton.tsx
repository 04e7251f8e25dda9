import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import styles from "./ApplyButton.module.css";

export const ApplyButtonFragment = graphql(`
  fragment ApplyButton_job on Job {
    id
    applyUrl
  }
`);

/** "Apply for this job", to the employer's own page (or a note when the employer takes applications elsewhere). */
export function ApplyButton({ job }: { job: FragmentType<typeof ApplyButtonFragment> }) {
  const { applyUrl } = getFragmentData(ApplyButtonFragment, job);
  if (!applyUrl) return <p className="muted">This employer takes applications through their own site.</p>;
  return (
    <p className={styles.apply}>
      <a className={`button button--large ${styles.button}`} href={applyUrl} target="_blank" rel="noopener noreferrer">
        Apply for this job<span className="visually-hidden"> (opens in a new tab)</span> ↗
      </a>
    </p>
  );
}
