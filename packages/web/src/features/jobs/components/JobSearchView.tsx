import { useQuery } from "@apollo/client/react";
import { useId, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import { ErrorState, EmptyState } from "../../../shared/ui/states";
import { LoadMore } from "../../../shared/ui/LoadMore";
import { SearchBar } from "../../../shared/ui/SearchBar";
import { EMPLOYMENT_TYPE_LABELS, label, REMOTE_LABELS, SENIORITY_LABELS } from "../../../shared/utils/format";
import { useJobSearchParams } from "../hooks/useJobSearchParams";
import {
  activeFilterCount,
  EMPTY_SEARCH,
  serializeSearch,
  toJobFilter,
  toJobOrder,
  toggleValue,
  effectiveSort,
  withBase,
  type JobSearch,
  type JobSort,
  type ListDimension,
} from "../utils/searchParams";
import { JobFilters } from "./JobFilters";
import { JobList, JobListSkeleton } from "./JobCard";
import { useSyncedText } from "../../../shared/ui/useSyncedText";

export const PAGE_SIZE = 20;

const JobSearchQuery = graphql(`
  query JobSearchQuery($filter: JobFilter, $orderBy: JobOrder, $first: Int!, $after: String) {
    jobs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...JobCard_job
        }
      }
    }
  }
`);

const JobSearchFacetsQuery = graphql(`
  query JobSearchFacetsQuery($filter: JobFilter) {
    jobFacets(filter: $filter) {
      ...JobFiltersFacets
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
  const jobs = data?.jobs.edges.map((e) => e.node) ?? [];
  const total = data?.jobs.totalCount ?? 0;

  // Writes the URL's part of a search (the landing page's fixed dimension stays out of it).
  const update = (next: JobSearch) => setSearch(locked ? { ...next, [locked]: urlSearch[locked] } : next);
  const alertSearch = serializeSearch(search);
  const refreshing = results.loading && Boolean(results.previousData) && !results.data;

  return (
    <div className="search-layout">
      <JobKeywords search={urlSearch} onChange={update} />
      {intro}
      <button
        type="button"
        className="filters-toggle button button--secondary"
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => setFiltersOpen((o) => !o)}
      >
        {filtersOpen ? "Hide filters" : "Filters"}
        {activeFilterCount(urlSearch) > 0 && <span className="badge">{activeFilterCount(urlSearch)}</span>}
      </button>
      <aside className={`filters-sidebar${filtersOpen ? " is-open" : ""}`} id={filtersId} aria-label="Filters">
        <JobFilters search={search} onChange={update} facets={facetData?.jobFacets} locked={locked} />
      </aside>
      <section className="search-results" aria-labelledby="results-heading">
        <div className="results-bar">
          <h2 id="results-heading" className="results-bar__count" aria-live="polite">
            {data ? `${total.toLocaleString("en-US")} ${total === 1 ? "job" : "jobs"}` : "Searching…"}
          </h2>
          <SortSelect value={effectiveSort(search)} hasQuery={Boolean(search.query)} onChange={(sort) => update({ ...search, sort })} />
        </div>
        <ActiveFilters search={urlSearch} onChange={update} facets={facetData?.jobFacets} />
        <p className="alert-cta">
          <Link className="button button--ghost button--small" to={`/alerts${alertSearch ? `?${alertSearch}` : ""}`}>
            <BellIcon /> Create an alert from this search
          </Link>
        </p>
        {results.error && !data ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : !data ? (
          <JobListSkeleton />
        ) : jobs.length === 0 ? (
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
        ) : (
          <div className={refreshing ? "is-refreshing" : undefined} aria-busy={refreshing}>
            <JobList jobs={jobs} />
            {!refreshing && (
              <LoadMore
                pageInfo={data.jobs.pageInfo}
                shown={jobs.length}
                total={total}
                pageSize={PAGE_SIZE}
                noun="job"
                fetchMore={(variables) => results.fetchMore({ variables })}
              />
            )}
          </div>
        )}
      </section>
    </div>
  );
}

/** The keywords box, kept in step with the address (Back restores the text too). */
function JobKeywords({ search, onChange }: { search: JobSearch; onChange: (s: JobSearch) => void }) {
  const [text, setText] = useSyncedText(search.query);
  return (
    <SearchBar
      label="Search jobs"
      placeholder="Job title, company, skill…"
      value={text}
      onValueChange={setText}
      onSearch={(query) => onChange({ ...search, query })}
    />
  );
}

const SORT_LABELS: Record<JobSort, string> = { newest: "Newest", salary: "Highest salary", relevance: "Most relevant" };

function SortSelect({ value, hasQuery, onChange }: { value: JobSort; hasQuery: boolean; onChange: (s: JobSort) => void }) {
  return (
    <label className="sort-select">
      <span>Sort by</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value as JobSort)}>
        {(Object.keys(SORT_LABELS) as JobSort[])
          .filter((s) => s !== "relevance" || hasQuery || value === "relevance")
          .map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
      </select>
    </label>
  );
}

type Named = { value: string; label: string }[];

function ActiveFilters({
  search,
  onChange,
  facets,
}: {
  search: JobSearch;
  onChange: (s: JobSearch) => void;
  facets: { categories: Named; locations: Named; companies: Named } | undefined;
}) {
  const chips: { key: string; text: string; remove: () => void }[] = [];
  const named = (list: { value: string; label: string }[] | undefined, v: string) => list?.find((x) => x.value === v)?.label ?? v;
  const add = (dimension: ListDimension, text: (v: string) => string) => {
    for (const v of search[dimension] as string[])
      chips.push({ key: `${dimension}:${v}`, text: text(v), remove: () => onChange(toggleValue(search, dimension, v as never)) });
  };
  add("categories", (v) => named(facets?.categories, v));
  add("remote", (v) => label(REMOTE_LABELS, v));
  add("seniorities", (v) => label(SENIORITY_LABELS, v));
  add("employmentTypes", (v) => label(EMPLOYMENT_TYPE_LABELS, v));
  add("locations", (v) => named(facets?.locations, v));
  add("companies", (v) => named(facets?.companies, v));
  add("tags", (v) => `#${v}`);
  if (search.salaryMin)
    chips.push({
      key: "salary",
      text: `≥ ${search.salaryMin.toLocaleString("en-US")} ${search.salaryCurrency}/yr`,
      remove: () => onChange({ ...search, salaryMin: null }),
    });
  if (search.postedWithinDays)
    chips.push({
      key: "days",
      text: `Last ${search.postedWithinDays} ${search.postedWithinDays === 1 ? "day" : "days"}`,
      remove: () => onChange({ ...search, postedWithinDays: null }),
    });
  if (chips.length === 0) return null;
  return (
    <div className="chips" aria-label="Active filters">
      {chips.map((chip) => (
        <button key={chip.key} type="button" className="chip" onClick={chip.remove} aria-label={`Remove filter ${chip.text}`}>
          {chip.text} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" className="link-button" onClick={() => onChange({ ...EMPTY_SEARCH, query: search.query, sort: search.sort })}>
        Clear all
      </button>
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
