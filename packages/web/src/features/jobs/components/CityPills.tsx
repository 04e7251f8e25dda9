import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { SkeletonLines } from "../../../shared/ui/states";
import styles from "./CityPills.module.css";

export const CityPillsFragment = graphql(`
  fragment CityPills_location on Location {
    id
    slug
    city
    jobCount
  }
`);

/** Remote and the 12 busiest cities, each a link to its jobs; `locations` (busiest first) is undefined while they load. */
export function CityPills({ locations: locationsRef }: { locations: readonly FragmentType<typeof CityPillsFragment>[] | undefined }) {
  const locations = getFragmentData(CityPillsFragment, locationsRef);
  const cities = locations?.filter((l) => l.slug !== "remote").slice(0, 12);
  return (
    <section className="section" aria-labelledby="cities-heading">
      <h2 id="cities-heading" className="section__title">
        AI jobs by city
      </h2>
      {!cities ? (
        <SkeletonLines lines={2} label="Loading cities" />
      ) : (
        <ul className={styles.list}>
          <li>
            <Link className={styles.pill} to="/jobs/remote">
              Remote
            </Link>
          </li>
          {cities.map((l) => (
            <li key={l.id}>
              <Link className={styles.pill} to={`/jobs/city/${l.slug}`}>
                {l.city} <span className={styles.count}>{l.jobCount}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
