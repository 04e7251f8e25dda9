import { useQuery } from "@apollo/client/react";
import { useId, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import { ErrorState, EmptyState } from "../../../shared/ui/states";
import { useJobSearchParams } from "../hooks/useJobSearchParams";
import {
  activeFilterCount,
  EMPTY_SEARCH,
  serializeSearch,
  toJobFilter,
  toJobOrder,
  effectiveSort,
  withBase,
  type JobSearch,
  type ListDimension,
} from "../utils/searchParams";
import { ActiveFilters } from "./ActiveFilters";
import { JobFilters } from "./JobFilters";
import { JobListSkeleton } from "./JobCard";
import { JobKeywords } from "./JobKeywords";
import { PagedJobList } from "./PagedJobList";
import { SortSelect } from "./SortSelect";
import styles from "./JobSearchView.module.css";

export const PAGE_SIZE = 20;

const JobSearchQuery = graphql(`
  query JobSearchQuery($filter: JobFilter, $orderBy: JobOrder, $first: Int!, $after: String) {
    jobs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      ...PagedJobList_jobs
    }
  }
`);

const JobSearchFacetsQuery = graphql(`
  query JobSearchFacetsQuery($filter: JobFilter) {
    jobFacets(filter: $filter) {
      ...JobFilters_facets
      ...ActiveFilters_facets
    }
  }
`);

interface JobSearchViewProps {
  /** Fixed by a landing page, e.g. `{ categories: ["nlp"] }`; kept out of the URL and the filter panel. */
  base?: Partial<JobSearch>;
  locked?: ListDimension | null;
  /** Shown above the results. */
  intro?: ReactNode;
}

/** The job search: keywords, filters with facet counts, sort, results and "Load more"; all state in the URL. */
export function JobSearchView({ base, locked = null, intro }: JobSearchViewProps) {
  const [urlSearch, setSearch] = useJobSearchParams();
  const search = base ? withBase(urlSearch, base) : urlSearch;
  const filter = toJobFilter(search);
  const orderBy = toJobOrder(search);
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);

  const results = useQuery(JobSearchQuery, { variables: { filter, orderBy, first: PAGE_SIZE }, notifyOnNetworkStatusChange: false });
  const facets = useQuery(JobSearchFacetsQuery, { variables: { filter } });
  const data = results.data ?? results.previousData;
  const facetData = facets.data ?? facets.previousData;
  const total = data?.jobs.totalCount ?? 0;

  // Writes the URL's part of a search (the landing page's fixed dimension stays out of it).
  const update = (next: JobSearch) => setSearch(locked ? { ...next, [locked]: urlSearch[locked] } : next);
  const alertSearch = serializeSearch(search);
  const refreshing = results.loading && Boolean(results.previousData) && !results.data;

  return (
    <div className={styles.layout}>
      <JobKeywords className={styles.bar} search={urlSearch} onChange={update} />
      {intro}
      <button
        type="button"
        className={`button button--secondary ${styles.filtersToggle}`}
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => setFiltersOpen((o) => !o)}
      >
        {filtersOpen ? "Hide filters" : "Filters"}
        {activeFilterCount(urlSearch) > 0 && <span className="badge">{activeFilterCount(urlSearch)}</span>}
      </button>
      <aside className={filtersOpen ? `${styles.sidebar} ${styles.open}` : styles.sidebar} id={filtersId} aria-label="Filters">
        <JobFilters search={search} onChange={update} facets={facetData?.jobFacets} locked={locked} />
      </aside>
      <section className={styles.results} aria-labelledby="results-heading">
        <div className={styles.resultsBar}>
          <h2 id="results-heading" className={styles.count} aria-live="polite">
            {data ? `${total.toLocaleString("en-US")} ${total === 1 ? "job" : "jobs"}` : "Searching…"}
          </h2>
          <SortSelect value={effectiveSort(search)} hasQuery={Boolean(search.query)} onChange={(sort) => update({ ...search, sort })} />
        </div>
        <ActiveFilters search={urlSearch} onChange={update} facets={facetData?.jobFacets} />
        <p className={styles.alertCta}>
          <Link className="button button--ghost button--small" to={`/alerts${alertSearch ? `?${alertSearch}` : ""}`}>
            <BellIcon /> Create an alert from this search
          </Link>
        </p>
        {results.error && !data ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : !data ? (
          <JobListSkeleton />
        ) : (
          <PagedJobList
            jobs={data.jobs}
            pageSize={PAGE_SIZE}
            fetchMore={(variables) => results.fetchMore({ variables })}
            refreshing={refreshing}
            empty={
              <EmptyState title="No jobs match this search">
                <p>Try fewer filters or other keywords.</p>
                {activeFilterCount(urlSearch) > 0 && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => update({ ...EMPTY_SEARCH, query: urlSearch.query })}
                  >
                    Clear filters
                  </button>
                )}
              </EmptyState>
            }
          />
        )}
      </section>
    </div>
  );
}

function BellIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
