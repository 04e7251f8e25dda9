import type { ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { LoadMore, type FetchMore } from "../../../shared/ui/LoadMore";
import { JobList } from "./JobCard";

/**
 * A page of a job connection and its "Load more": spread on any paged `jobs` field (the search, a company's jobs).
 * `fetchMore` asks for the next page; the cache's relayStylePagination policy appends its edges (app/apollo.ts).
 */
export const PagedJobListFragment = graphql(`
  fragment PagedJobList_jobs on JobConnection {
    totalCount
    pageInfo {
      ...LoadMore_pageInfo
    }
    edges {
      cursor
      node {
        ...JobCard_job
      }
    }
  }
`);

interface PagedJobListProps {
  jobs: FragmentType<typeof PagedJobListFragment>;
  pageSize: number;
  fetchMore: FetchMore;
  /** Shown instead of the list when the connection has no jobs. */
  empty: ReactNode;
  headingLevel?: 2 | 3;
  /**
   * For a list whose results are replaced in place (the job search): while true the list is dimmed, marked busy
   * and has no "Load more". Left out, the list has no such wrapper.
   */
  refreshing?: boolean;
}

export function PagedJobList({ jobs: jobsRef, pageSize, fetchMore, empty, headingLevel, refreshing }: PagedJobListProps) {
  const connection = getFragmentData(PagedJobListFragment, jobsRef);
  const jobs = connection.edges.map((e) => e.node);
  if (jobs.length === 0) return <>{empty}</>;
  const list = (
    <>
      <JobList jobs={jobs} headingLevel={headingLevel} />
      {!refreshing && (
        <LoadMore
          pageInfo={connection.pageInfo}
          shown={jobs.length}
          total={connection.totalCount}
          pageSize={pageSize}
          noun="job"
          fetchMore={fetchMore}
        />
      )}
    </>
  );
  if (refreshing === undefined) return list;
  return (
    <div className={refreshing ? "is-refreshing" : undefined} aria-busy={refreshing}>
      {list}
    </div>
  );
}
