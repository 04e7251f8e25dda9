import type { ReactNode } from "react";
import styles from "./FilterChip.module.css";

/** A row of FilterChips (and whatever else belongs with them, such as "Clear all"). */
export function FilterChips({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className={styles.chips} aria-label={label}>
      {children}
    </div>
  );
}

/** One criterion of a search as a chip: `children` says what it is, a click removes it, `label` names that for screen readers. */
export function FilterChip({ label, onRemove, children }: { label: string; onRemove: () => void; children: ReactNode }) {
  return (
    <button type="button" className={styles.chip} onClick={onRemove} aria-label={label}>
      {children} <span aria-hidden="true">×</span>
    </button>
  );
}
