import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import { plural, sitePath } from "../../../shared/utils/format";

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
    <li className="card company-tile">
      <CompanyLogo name={c.name} logoUrl={c.logoUrl} />
      <h2 className="company-tile__name">
        <Link to={sitePath(c.url, `/companies/${c.slug}`)}>{c.name}</Link>
        {c.verified && (
          <span className="verified" title="Verified company">
            ✓<span className="visually-hidden"> Verified</span>
          </span>
        )}
      </h2>
      <p className="muted company-tile__meta">{[c.headquarters, c.size && `${c.size} people`].filter(Boolean).join(" · ")}</p>
      {c.description && <p className="company-tile__text">{c.description}</p>}
      <p className="company-tile__jobs">{c.openJobsCount > 0 ? plural(c.openJobsCount, "open job") : "No open jobs"}</p>
    </li>
  );
}
