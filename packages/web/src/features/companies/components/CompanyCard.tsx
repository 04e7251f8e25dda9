import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import { plural, sitePath } from "../../../shared/utils/format";
import styles from "./CompanyCard.module.css";

export const CompanyCardFragment = graphql(`
  fragment CompanyCard_company on Company {
    id
    slug
    url
    name
    logoUrl96: logoUrl(size: 96)
    description
    headquarters
    size
    website
    openJobsCount
  }
`);

/** The employer beside a job: what it does, where, how big, its open jobs and website. */
export function CompanyCard({ company: companyRef }: { company: FragmentType<typeof CompanyCardFragment> }) {
  const company = getFragmentData(CompanyCardFragment, companyRef);
  return (
    <section className="card" aria-labelledby="company-heading">
      <div className={styles.head}>
        <CompanyLogo name={company.name} logoUrl={company.logoUrl96} />
        <h2 id="company-heading">{company.name}</h2>
      </div>
      {company.description && <p className={styles.text}>{company.description}</p>}
      <dl className={styles.facts}>
        {company.headquarters && (
          <>
            <dt>Headquarters</dt>
            <dd>{company.headquarters}</dd>
          </>
        )}
        {company.size && (
          <>
            <dt>Size</dt>
            <dd>{company.size} people</dd>
          </>
        )}
        <dt>Open jobs</dt>
        <dd>{company.openJobsCount}</dd>
      </dl>
      <p className={styles.links}>
        <Link to={sitePath(company.url, `/companies/${company.slug}`)}>See {plural(company.openJobsCount, "open job")} →</Link>
        {company.website && (
          <a href={company.website} target="_blank" rel="noopener noreferrer">
            Website ↗
          </a>
        )}
      </p>
    </section>
  );
}
