import type { ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { LoadMore, type FetchMore } from "../../../shared/ui/LoadMore";
import { CompanyTile, CompanyTileFragment, CompanyTileSkeleton } from "./CompanyTile";
import styles from "./CompanyGrid.module.css";

/** A page of companies and its "Load more" (the cache's relayStylePagination policy appends the next page). */
export const CompanyGridFragment = graphql(`
  fragment CompanyGrid_companies on CompanyConnection {
    totalCount
    pageInfo {
      ...LoadMore_pageInfo
    }
    edges {
      cursor
      node {
        ...CompanyTile_company
      }
    }
  }
`);

export function CompanyGrid({
  companies: companiesRef,
  pageSize,
  fetchMore,
  empty,
}: {
  companies: FragmentType<typeof CompanyGridFragment>;
  pageSize: number;
  fetchMore: FetchMore;
  /** Shown instead of the grid when there are no companies. */
  empty: ReactNode;
}) {
  const connection = getFragmentData(CompanyGridFragment, companiesRef);
  const companies = connection.edges.map((e) => e.node);
  if (companies.length === 0) return <>{empty}</>;
  return (
    <>
      <ul className={styles.grid}>
        {companies.map((company) => (
          <CompanyTile key={getFragmentData(CompanyTileFragment, company).id} company={company} />
        ))}
      </ul>
      <LoadMore
        pageInfo={connection.pageInfo}
        shown={companies.length}
        total={connection.totalCount}
        pageSize={pageSize}
        noun="company"
        nouns="companies"
        fetchMore={fetchMore}
      />
    </>
  );
}

/** The grid while the first page loads. */
export function CompanyGridSkeleton() {
  return (
    <ul className={styles.grid} aria-busy="true" aria-label="Loading companies">
      {Array.from({ length: 6 }, (_, i) => (
        <CompanyTileSkeleton key={i} />
      ))}
    </ul>
  );
}
