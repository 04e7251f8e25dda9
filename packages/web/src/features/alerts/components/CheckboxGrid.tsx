import { FacetCheckbox, toggleValue, type JobSearch, type ListDimension } from "../../jobs";
import styles from "./CheckboxGrid.module.css";

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
    <ul className={styles.grid}>
      {values.map((v) => (
        <li key={v.value}>
          <FacetCheckbox
            label={v.label}
            checked={(criteria[dimension] as string[]).includes(v.value)}
            onChange={() => onChange(toggleValue(criteria, dimension, v.value as never))}
          />
        </li>
      ))}
    </ul>
  );
}
