import { toggleValue, type JobSearch, type ListDimension } from "../../jobs";

/** A checkbox for each value of one of the search's list dimensions. */
export function CheckboxGrid({
  criteria,
  onChange,
  dimension,
  values,
}: {
  criteria: JobSearch;
  onChange: (next: JobSearch) => void;
  dimension: ListDimension;
  values: readonly { value: string; label: string }[];
}) {
  return (
    <ul className="check-grid">
      {values.map((v) => (
        <li key={v.value}>
          <label className="facet">
            <input
              type="checkbox"
              checked={(criteria[dimension] as string[]).includes(v.value)}
              onChange={() => onChange(toggleValue(criteria, dimension, v.value as never))}
            />
            <span className="facet__label">{v.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
