import styles from "./FacetCheckbox.module.css";

/**
 * A checkbox for one value of a filter: its label and, when given, how many jobs it matches (read out as "(12 jobs)").
 * `empty` greys out a value that matches none. The job filters use it, and so does the alert form's criteria.
 */
export function FacetCheckbox({
  label,
  checked,
  onChange,
  count,
  empty = false,
}: {
  label: string;
  checked: boolean;
  onChange: () => void;
  count?: number | null;
  empty?: boolean;
}) {
  return (
    <label className={empty ? `${styles.facet} ${styles.empty}` : styles.facet}>
      <input type="checkbox" checked={checked} onChange={onChange} />
      <span className={styles.label}>{label}</span>
      {count != null && (
        <>
          <span className={styles.count} aria-hidden="true">
            {count.toLocaleString("en-US")}
          </span>
          <span className="visually-hidden"> ({count === 1 ? "1 job" : `${count.toLocaleString("en-US")} jobs`})</span>
        </>
      )}
    </label>
  );
}
