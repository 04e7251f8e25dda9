import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import styles from "./CompanyProfile.module.css";
import { Prose } from "../../../shared/ui/Prose";

export const CompanyProfileFragment = graphql(`
  fragment CompanyProfile_company on Company {
    id
    name
    logoUrl144: logoUrl(size: 144)
    descriptionHtml
    headquarters
    size
    website
    verified
  }
`);

/** The head of a company's page: logo, name (and its verified badge), where, how big, what it does (its Markdown) and its website. */
export function CompanyProfile({ company: companyRef }: { company: FragmentType<typeof CompanyProfileFragment> }) {
  const company = getFragmentData(CompanyProfileFragment, companyRef);
  return (
    <header className={`card ${styles.profile}`}>
      <CompanyLogo name={company.name} logoUrl={company.logoUrl144} size={72} />
      <div className={styles.body}>
        <h1 className={styles.name}>
          {company.name}
          {company.verified && (
            <span className="verified" title="Verified company">
              ✓ Verified
            </span>
          )}
        </h1>
        <p className="muted">{[company.headquarters, company.size && `${company.size} people`].filter(Boolean).join(" · ")}</p>
        {company.descriptionHtml && (
          // Markdown the API rendered and sanitised (as for job descriptions): no script, no raw HTML.
          <Prose html={company.descriptionHtml} className={styles.text} />
        )}
        {company.website && (
          <p>
            <a href={company.website} target="_blank" rel="noopener noreferrer">
              {company.website.replace(/^https?:\/\//, "")} ↗
            </a>
          </p>
        )}
      </div>
    </header>
  );
}
