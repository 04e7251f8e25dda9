import type { ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { LoadMore, type FetchMore } from "../../../shared/ui/LoadMore";
import { CompanyTile, CompanyTileFragment } from "./CompanyTile";

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
      <ul className="company-grid">
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
    <ul className="company-grid" aria-busy="true" aria-label="Loading companies">
      {Array.from({ length: 6 }, (_, i) => (
        <li key={i} className="card company-tile company-tile--skeleton">
          <span className="company-logo" />
          <span className="skeleton-line skeleton-line--title" />
          <span className="skeleton-line" />
        </li>
      ))}
    </ul>
  );
}
