import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { label } from "../../../shared/utils/format";
import styles from "./Account.module.css";

export const AccountSummaryFragment = graphql(`
  fragment AccountSummary_viewer on User {
    id
    email
    emailVerified
    role
    createdAt
    company {
      id
      name
      slug
    }
  }
`);

const ROLE_LABELS: Readonly<Record<string, string>> = { JOB_SEEKER: "Job seeker", EMPLOYER: "Employer", ADMIN: "Admin" };

/** Who this account is: the email with its verified badge, the role and (employers) the company. */
export function AccountSummary({ viewer: viewerRef }: { viewer: FragmentType<typeof AccountSummaryFragment> }) {
  const viewer = getFragmentData(AccountSummaryFragment, viewerRef);
  return (
    <>
      <dl className={styles.facts}>
        <div>
          <dt>Email</dt>
          <dd className={styles.emailLine}>
            <span className={styles.email}>{viewer.email}</span>
            {viewer.emailVerified ? (
              <span className={`${styles.badge} ${styles.badgeVerified}`}>Verified</span>
            ) : (
              <span className={`${styles.badge} ${styles.badgeUnverified}`}>Not verified</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Account type</dt>
          <dd>{label(ROLE_LABELS, viewer.role)}</dd>
        </div>
        {viewer.company && (
          <div>
            <dt>Company</dt>
            <dd>
              <Link to={`/companies/${viewer.company.slug}`}>{viewer.company.name}</Link>
            </dd>
          </div>
        )}
      </dl>
      {!viewer.emailVerified && (
        <p className={`muted small ${styles.factNote}`}>
          Follow the link we emailed you to verify your address. Lost it? Ask for a password reset link: following it verifies your address
          too.
        </p>
      )}
    </>
  );
}
