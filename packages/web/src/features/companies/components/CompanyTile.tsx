import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import { plural, sitePath } from "../../../shared/utils/format";
import styles from "./CompanyTile.module.css";

export const CompanyTileFragment = graphql(`
  fragment CompanyTile_company on Company {
    id
    slug
    url
    name
    logoUrl
    headquarters
    size
    verified
    openJobsCount
    description
  }
`);

/** A company in the companies grid. */
export function CompanyTile({ company: companyRef }: { company: FragmentType<typeof CompanyTileFragment> }) {
  const c = getFragmentData(CompanyTileFragment, companyRef);
  return (
    <li className={`card ${styles.tile}`}>
      <CompanyLogo name={c.name} logoUrl={c.logoUrl} />
      <h2 className={styles.name}>
        <Link to={sitePath(c.url, `/companies/${c.slug}`)}>{c.name}</Link>
        {c.verified && (
          <span className="verified" title="Verified company">
            ✓<span className="visually-hidden"> Verified</span>
          </span>
        )}
      </h2>
      <p className={`muted ${styles.meta}`}>{[c.headquarters, c.size && `${c.size} people`].filter(Boolean).join(" · ")}</p>
      {c.description && <p className={styles.text}>{c.description}</p>}
      <p className={styles.jobs}>{c.openJobsCount > 0 ? plural(c.openJobsCount, "open job") : "No open jobs"}</p>
    </li>
  );
}

/** A tile while the grid's first page loads. */
export function CompanyTileSkeleton() {
  return (
    <li className={`card ${styles.tile}`}>
      <span className="company-logo" />
      <span className={`skeleton-line skeleton-line--title ${styles.skeletonLine}`} />
      <span className={`skeleton-line ${styles.skeletonLine}`} />
    </li>
  );
}
