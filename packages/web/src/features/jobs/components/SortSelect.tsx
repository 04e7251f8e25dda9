import type { JobSort } from "../utils/searchParams";
import styles from "./SortSelect.module.css";

const SORT_LABELS: Record<JobSort, string> = { newest: "Newest", salary: "Highest salary", relevance: "Most relevant" };

export function SortSelect({ value, hasQuery, onChange }: { value: JobSort; hasQuery: boolean; onChange: (s: JobSort) => void }) {
  return (
    <label className={styles.sortSelect}>
      <span>Sort by</span>
      <select className={`input ${styles.select}`} value={value} onChange={(e) => onChange(e.target.value as JobSort)}>
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
