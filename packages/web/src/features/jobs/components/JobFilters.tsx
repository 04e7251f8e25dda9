import { useId, useState, type FormEvent } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { employmentTypeLabel, remoteLabel, seniorityLabel } from "../utils/labels";
import { CURRENCIES } from "../../../shared/utils/apiLimits";
import { POSTED_WITHIN_DAYS, REMOTE_POLICIES, SENIORITIES, toggleValue, type JobSearch, type ListDimension } from "../utils/searchParams";
import { FacetCheckbox } from "./FacetCheckbox";
import styles from "./JobFilters.module.css";

/** Counts per filter value. Enum values are named by ../utils/labels, so their facets carry no label. */
export const JobFiltersFacetsFragment = graphql(`
  fragment JobFilters_facets on JobFacets {
    total
    categories {
      value
      label
      count
    }
    seniorities {
      value
      count
    }
    employmentTypes {
      value
      count
    }
    remote {
      value
      count
    }
    locations {
      value
      label
      count
    }
    companies {
      value
      label
      count
    }
    tags {
      value
      label
      count
    }
  }
`);

interface FacetOption {
  value: string;
  label: string;
  count: number | null;
}

interface JobFiltersProps {
  search: JobSearch;
  onChange: (next: JobSearch) => void;
  facets: FragmentType<typeof JobFiltersFacetsFragment> | null | undefined;
  /** A dimension fixed by the landing page, not shown as a filter. */
  locked?: ListDimension | null;
}

/**
 * Options for a facet: the API's counts, plus any selected value the facet no longer lists (with no count).
 * `labelOf` names enum values; other values use the facet's label (or the value itself when the facet lacks it).
 */
function options(
  values: readonly { value: string; label?: string; count: number }[] | undefined,
  selected: readonly string[],
  labelOf?: (value: string) => string,
  order?: readonly string[],
): FacetOption[] {
  const list: FacetOption[] = (values ?? []).map((v) => ({
    value: v.value,
    label: labelOf ? labelOf(v.value) : (v.label ?? v.value),
    count: v.count,
  }));
  for (const s of selected) if (!list.some((o) => o.value === s)) list.push({ value: s, label: labelOf ? labelOf(s) : s, count: null });
  if (order) list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  return list;
}

export function JobFilters({ search, onChange, facets: facetsRef, locked }: JobFiltersProps) {
  const facets = getFragmentData(JobFiltersFacetsFragment, facetsRef);
  return (
    <div className={styles.filters}>
      {locked !== "categories" && (
        <FacetGroup
          title="Category"
          dimension="categories"
          search={search}
          onChange={onChange}
          options={options(facets?.categories, search.categories)}
        />
      )}
      {locked !== "remote" && (
        <FacetGroup
          title="Remote policy"
          dimension="remote"
          search={search}
          onChange={onChange}
          options={options(facets?.remote, search.remote, remoteLabel, REMOTE_POLICIES)}
        />
      )}
      {locked !== "seniorities" && (
        <FacetGroup
          title="Seniority"
          dimension="seniorities"
          search={search}
          onChange={onChange}
          options={options(facets?.seniorities, search.seniorities, seniorityLabel, SENIORITIES)}
        />
      )}
      <FacetGroup
        title="Employment type"
        dimension="employmentTypes"
        search={search}
        onChange={onChange}
        options={options(facets?.employmentTypes, search.employmentTypes, employmentTypeLabel)}
      />
      {locked !== "locations" && (
        <FacetGroup
          title="City"
          dimension="locations"
          search={search}
          onChange={onChange}
          options={options(
            facets?.locations.filter((l) => l.value !== "remote"),
            search.locations,
          )}
          collapseAfter={6}
        />
      )}
      <SalaryFilter search={search} onChange={onChange} />
      <PostedWithin search={search} onChange={onChange} />
      <CompanyFilter search={search} onChange={onChange} companies={facets?.companies ?? []} />
      <FacetGroup
        title="Tag"
        dimension="tags"
        search={search}
        onChange={onChange}
        options={options(facets?.tags, search.tags)}
        collapseAfter={8}
      />
      <TagFilter search={search} onChange={onChange} />
    </div>
  );
}

function FacetGroup({
  title,
  dimension,
  search,
  onChange,
  options,
  collapseAfter,
}: {
  title: string;
  dimension: ListDimension;
  search: JobSearch;
  onChange: (s: JobSearch) => void;
  options: FacetOption[];
  collapseAfter?: number;
}) {
  const [expanded, setExpanded] = useState(false);
  const selected = search[dimension] as string[];
  const hidden = collapseAfter && !expanded ? options.slice(collapseAfter).filter((o) => !selected.includes(o.value)) : [];
  const visible = options.filter((o) => !hidden.includes(o));
  if (options.length === 0) return null;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupTitle}>{title}</legend>
      <ul className={styles.facetList}>
        {visible.map((option) => (
          <li key={option.value}>
            <FacetCheckbox
              label={option.label}
              checked={selected.includes(option.value)}
              onChange={() => onChange(toggleValue(search, dimension, option.value as never))}
              count={option.count}
              empty={option.count === 0 && !selected.includes(option.value)}
            />
          </li>
        ))}
      </ul>
      {hidden.length > 0 && (
        <button type="button" className="link-button" onClick={() => setExpanded(true)}>
          Show {hidden.length} more
        </button>
      )}
    </fieldset>
  );
}

function SalaryFilter({ search, onChange }: { search: JobSearch; onChange: (s: JobSearch) => void }) {
  const id = useId();
  const [amount, setAmount] = useState(search.salaryMin ? String(search.salaryMin) : "");
  const [synced, setSynced] = useState(search.salaryMin);
  if (synced !== search.salaryMin) {
    // The URL changed (back/forward, "clear all"): show its value.
    setSynced(search.salaryMin);
    setAmount(search.salaryMin ? String(search.salaryMin) : "");
  }
  function apply(event?: FormEvent) {
    event?.preventDefault();
    const n = Number(amount.replace(/[^\d]/g, ""));
    const salaryMin = n > 0 ? n : null;
    if (salaryMin !== search.salaryMin) onChange({ ...search, salaryMin });
  }
  return (
    <form className={styles.group} onSubmit={apply}>
      <h3 className={styles.groupTitle}>Minimum salary</h3>
      <div className={styles.salaryFilter}>
        <label className="visually-hidden" htmlFor={`${id}-amount`}>
          Minimum yearly salary
        </label>
        <input
          id={`${id}-amount`}
          className="input"
          inputMode="numeric"
          placeholder="e.g. 120000"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          onBlur={() => apply()}
        />
        <label className="visually-hidden" htmlFor={`${id}-currency`}>
          Currency
        </label>
        <select
          id={`${id}-currency`}
          className="input"
          value={search.salaryCurrency}
          onChange={(e) => onChange({ ...search, salaryCurrency: e.target.value })}
        >
          {[...new Set([...CURRENCIES, search.salaryCurrency])].map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </div>
      <p className="hint">Per year; hourly and monthly pay is annualised.</p>
    </form>
  );
}

function PostedWithin({ search, onChange }: { search: JobSearch; onChange: (s: JobSearch) => void }) {
  const id = useId();
  return (
    <div className={styles.group}>
      <label className={styles.groupTitle} htmlFor={id}>
        Posted within
      </label>
      <select
        id={id}
        className="input"
        value={search.postedWithinDays ?? ""}
        onChange={(e) => onChange({ ...search, postedWithinDays: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">Any time</option>
        {[...new Set([...POSTED_WITHIN_DAYS, ...(search.postedWithinDays ? [search.postedWithinDays] : [])])].map((d) => (
          <option key={d} value={d}>
            {d === 1 ? "Last 24 hours" : `Last ${d} days`}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A company picker: the companies with the most matching jobs, with their counts. */
function CompanyFilter({
  search,
  onChange,
  companies,
}: {
  search: JobSearch;
  onChange: (s: JobSearch) => void;
  companies: readonly FacetOption[];
}) {
  const id = useId();
  const unselected = companies.filter((c) => !search.companies.includes(c.value));
  return (
    <div className={styles.group}>
      <label className={styles.groupTitle} htmlFor={id}>
        Company
      </label>
      <select
        id={id}
        className="input"
        value=""
        onChange={(e) => {
          if (e.target.value) onChange({ ...search, companies: [...search.companies, e.target.value] });
        }}
      >
        <option value="">{search.companies.length ? "Add another company…" : "Any company"}</option>
        {unselected.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} ({c.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function TagFilter({ search, onChange }: { search: JobSearch; onChange: (s: JobSearch) => void }) {
  const id = useId();
  const [tag, setTag] = useState("");
  function add(event: FormEvent) {
    event.preventDefault();
    const value = tag.trim().toLowerCase();
    if (value && !search.tags.includes(value)) onChange({ ...search, tags: [...search.tags, value] });
    setTag("");
  }
  return (
    <form className={styles.group} onSubmit={add}>
      <label className={styles.groupTitle} htmlFor={id}>
        Another tag
      </label>
      <div className="inline-form">
        <input id={id} className="input" placeholder="e.g. pytorch" value={tag} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" className="button button--secondary button--small">
          Add
        </button>
      </div>
    </form>
  );
}
