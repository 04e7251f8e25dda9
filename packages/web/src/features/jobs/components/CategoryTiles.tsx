import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { SkeletonLines } from "../../../shared/ui/states";
import { formatCount } from "../../../shared/utils/format";
import styles from "./CategoryTiles.module.css";

export const CategoryTilesFragment = graphql(`
  fragment CategoryTiles_category on JobCategory {
    id
    slug
    name
    jobCount
  }
`);

/** Every job category as a tile with its job count; `categories` is undefined while they load. */
export function CategoryTiles({
  categories: categoriesRef,
}: {
  categories: readonly FragmentType<typeof CategoryTilesFragment>[] | undefined;
}) {
  const categories = getFragmentData(CategoryTilesFragment, categoriesRef);
  return (
    <section className="section" aria-labelledby="categories-heading" id="categories">
      <h2 id="categories-heading" className="section__title">
        Browse by category
      </h2>
      {!categories ? (
        <SkeletonLines lines={4} label="Loading categories" />
      ) : (
        <ul className={styles.grid}>
          {categories.map((c) => (
            <li key={c.id}>
              <Link className={`card ${styles.tile}`} to={`/jobs/category/${c.slug}`}>
                <span className={styles.name}>{c.name}</span>
                <span className={styles.count}>{formatCount(c.jobCount)} jobs</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
