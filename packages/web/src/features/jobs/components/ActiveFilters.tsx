import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { employmentTypeLabel, remoteLabel, seniorityLabel } from "../utils/labels";
import { EMPTY_SEARCH, toggleValue, type JobSearch, type ListDimension } from "../utils/searchParams";
import { FilterChip, FilterChips } from "./FilterChip";

/** The names of the slugs a search can hold (enum values are named by ../utils/labels). */
export const ActiveFiltersFacetsFragment = graphql(`
  fragment ActiveFilters_facets on JobFacets {
    categories {
      value
      label
    }
    locations {
      value
      label
    }
    companies {
      value
      label
    }
  }
`);

/** The search's filters as removable chips, and "Clear all". */
export function ActiveFilters({
  search,
  onChange,
  facets: facetsRef,
}: {
  search: JobSearch;
  onChange: (s: JobSearch) => void;
  facets: FragmentType<typeof ActiveFiltersFacetsFragment> | null | undefined;
}) {
  const facets = getFragmentData(ActiveFiltersFacetsFragment, facetsRef);
  const chips: { key: string; text: string; remove: () => void }[] = [];
  const named = (list: readonly { value: string; label: string }[] | undefined, v: string) => list?.find((x) => x.value === v)?.label ?? v;
  const add = (dimension: ListDimension, text: (v: string) => string) => {
    for (const v of search[dimension] as string[])
      chips.push({ key: `${dimension}:${v}`, text: text(v), remove: () => onChange(toggleValue(search, dimension, v as never)) });
  };
  add("categories", (v) => named(facets?.categories, v));
  add("remote", remoteLabel);
  add("seniorities", seniorityLabel);
  add("employmentTypes", employmentTypeLabel);
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
    <FilterChips label="Active filters">
      {chips.map((chip) => (
        <FilterChip key={chip.key} onRemove={chip.remove} label={`Remove filter ${chip.text}`}>
          {chip.text}
        </FilterChip>
      ))}
      <button type="button" className="link-button" onClick={() => onChange({ ...EMPTY_SEARCH, query: search.query, sort: search.sort })}>
        Clear all
      </button>
    </FilterChips>
  );
}
