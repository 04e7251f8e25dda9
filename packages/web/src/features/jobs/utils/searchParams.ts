import type { AlertCriteriaInput, EmploymentType, JobFilter, JobOrder, RemotePolicy, Seniority } from "../../../generated/graphql";

/**
 * The whole job search lives in the URL query string, so reload, back/forward and shared links restore it:
 *
 *   /jobs?q=llm&category=nlp,generative-ai&seniority=senior&type=full-time&remote=remote
 *        &location=london&company=acme&tag=pytorch&salary=150000&currency=USD&days=7&sort=salary
 *
 * Lists are comma-separated; enum values are written in lower case with hyphens. Unknown values are dropped.
 */

export const SENIORITIES: readonly Seniority[] = ["INTERN", "ENTRY", "MID", "SENIOR", "LEAD", "PRINCIPAL", "EXECUTIVE"];
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ["FULL_TIME", "PART_TIME", "CONTRACT", "INTERNSHIP", "TEMPORARY"];
export const REMOTE_POLICIES: readonly RemotePolicy[] = ["REMOTE", "HYBRID", "ONSITE"];
export const SORTS = ["newest", "salary", "relevance"] as const;
export type JobSort = (typeof SORTS)[number];
export const POSTED_WITHIN_DAYS = [1, 3, 7, 14, 30] as const;

export interface JobSearch {
  query: string;
  categories: string[];
  seniorities: Seniority[];
  employmentTypes: EmploymentType[];
  remote: RemotePolicy[];
  locations: string[];
  companies: string[];
  tags: string[];
  /** Minimum yearly salary in `salaryCurrency`. */
  salaryMin: number | null;
  salaryCurrency: string;
  /** Posted within this many days. */
  postedWithinDays: number | null;
  /** Null: relevance when there is a query, else newest. */
  sort: JobSort | null;
}

export const EMPTY_SEARCH: JobSearch = {
  query: "",
  categories: [],
  seniorities: [],
  employmentTypes: [],
  remote: [],
  locations: [],
  companies: [],
  tags: [],
  salaryMin: null,
  salaryCurrency: "USD",
  postedWithinDays: null,
  sort: null,
};

/** The search's list-valued dimensions and their URL keys. */
export const LIST_KEYS = {
  categories: "category",
  seniorities: "seniority",
  employmentTypes: "type",
  remote: "remote",
  locations: "location",
  companies: "company",
  tags: "tag",
} as const;
export type ListDimension = keyof typeof LIST_KEYS;

const ENUMS: Partial<Record<ListDimension, readonly string[]>> = {
  seniorities: SENIORITIES,
  employmentTypes: EMPLOYMENT_TYPES,
  remote: REMOTE_POLICIES,
};

const enumToUrl = (value: string) => value.toLowerCase().replace(/_/g, "-");
const urlToEnum = (value: string) => value.toUpperCase().replace(/-/g, "_");
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function readList(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

function readPositiveInt(raw: string | null, max: number): number | null {
  if (raw == null || !/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n > 0 && n <= max ? n : null;
}

/** Reads a search from a URL query string. Anything unknown or malformed is ignored. */
export function parseSearch(input: URLSearchParams | string): JobSearch {
  const params = typeof input === "string" ? new URLSearchParams(input) : input;
  const search: JobSearch = { ...EMPTY_SEARCH, query: (params.get("q") ?? "").trim() };
  for (const [dimension, key] of Object.entries(LIST_KEYS) as [ListDimension, string][]) {
    const allowed = ENUMS[dimension];
    const values = readList(params, key);
    if (allowed) {
      (search[dimension] as string[]) = values.map(urlToEnum).filter((v) => allowed.includes(v));
    } else if (dimension === "tags") {
      search.tags = values.map((v) => v.toLowerCase()).filter((v) => v.length <= 60);
    } else {
      (search[dimension] as string[]) = values.map((v) => v.toLowerCase()).filter((v) => SLUG.test(v));
    }
  }
  search.salaryMin = readPositiveInt(params.get("salary"), 10_000_000);
  const currency = (params.get("currency") ?? "").toUpperCase();
  if (/^[A-Z]{3}$/.test(currency)) search.salaryCurrency = currency;
  search.postedWithinDays = readPositiveInt(params.get("days"), 365);
  const sort = params.get("sort");
  search.sort = (SORTS as readonly string[]).includes(sort ?? "") ? (sort as JobSort) : null;
  return search;
}

/** Writes a search as a query string; defaults are left out, so an empty search is "". */
export function serializeSearch(search: JobSearch): string {
  const params = new URLSearchParams();
  if (search.query.trim()) params.set("q", search.query.trim());
  for (const [dimension, key] of Object.entries(LIST_KEYS) as [ListDimension, string][]) {
    const values = search[dimension] as string[];
    if (values.length) params.set(key, values.map((v) => (ENUMS[dimension] ? enumToUrl(v) : v)).join(","));
  }
  if (search.salaryMin != null && search.salaryMin > 0) {
    params.set("salary", String(Math.round(search.salaryMin)));
    if (search.salaryCurrency !== "USD") params.set("currency", search.salaryCurrency);
  }
  if (search.postedWithinDays != null) params.set("days", String(search.postedWithinDays));
  if (search.sort) params.set("sort", search.sort);
  return params.toString().replace(/%2C/g, ",");
}

/** Adds or removes one value of a list dimension. */
export function toggleValue<D extends ListDimension>(search: JobSearch, dimension: D, value: JobSearch[D][number]): JobSearch {
  const values = search[dimension] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...search, [dimension]: next };
}

/** How many filters (not the keywords or sort) are set. */
export function activeFilterCount(search: JobSearch): number {
  const lists = (Object.keys(LIST_KEYS) as ListDimension[]).reduce((n, d) => n + search[d].length, 0);
  return lists + (search.salaryMin ? 1 : 0) + (search.postedWithinDays ? 1 : 0);
}

/** The search with one dimension fixed by a landing page (e.g. the category of /jobs/category/nlp). */
export function withBase(search: JobSearch, base: Partial<JobSearch>): JobSearch {
  return { ...search, ...base };
}

const HOUR = 3600_000;

/** The API filter for a search. `postedAfter` is rounded down to the hour so that it stays stable (and cached) while the page is open. */
export function toJobFilter(search: JobSearch, now: number = Date.now()): JobFilter {
  const filter: JobFilter = {};
  if (search.query) filter.query = search.query;
  for (const dimension of Object.keys(LIST_KEYS) as ListDimension[]) {
    if (search[dimension].length) (filter[dimension] as string[]) = [...search[dimension]];
  }
  if (search.salaryMin) {
    filter.salaryMin = search.salaryMin;
    filter.salaryCurrency = search.salaryCurrency;
  }
  if (search.postedWithinDays) {
    filter.postedAfter = new Date(Math.floor(now / HOUR) * HOUR - search.postedWithinDays * 24 * HOUR).toISOString();
  }
  return filter;
}

/** The sort actually applied: the chosen one, else relevance for a keyword search, else newest. */
export function effectiveSort(search: JobSearch): JobSort {
  return search.sort ?? (search.query ? "relevance" : "newest");
}

export function toJobOrder(search: JobSearch): JobOrder {
  const sort = effectiveSort(search);
  return { field: sort === "salary" ? "SALARY" : sort === "relevance" ? "RELEVANCE" : "POSTED_AT", direction: "DESC" };
}

/** An alert's criteria: the search without sort and date (an alert only ever sends new jobs). */
export function toAlertCriteria(search: JobSearch): AlertCriteriaInput {
  return toJobFilter({ ...search, postedWithinDays: null });
}
