import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import { sitePath } from "../../../shared/utils/format";
import styles from "./JobDetailHeader.module.css";

export const JobDetailHeaderFragment = graphql(`
  fragment JobDetailHeader_job on Job {
    id
    title
    company {
      id
      slug
      url
      name
      logoUrl128: logoUrl(size: 128)
      verified
    }
  }
`);

/** The job page's heading: the employer's logo, the job title and the employer. */
export function JobDetailHeader({ job: jobRef }: { job: FragmentType<typeof JobDetailHeaderFragment> }) {
  const job = getFragmentData(JobDetailHeaderFragment, jobRef);
  const company = job.company;
  return (
    <header className={styles.header}>
      <CompanyLogo name={company.name} logoUrl={company.logoUrl128} size={64} />
      <div>
        <h1 className={styles.title}>{job.title}</h1>
        <p className={styles.company}>
          <Link to={sitePath(company.url, `/companies/${company.slug}`)}>{company.name}</Link>
          {company.verified && (
            <span className="verified" title="Verified company">
              ✓ Verified
            </span>
          )}
        </p>
      </div>
    </header>
  );
}
