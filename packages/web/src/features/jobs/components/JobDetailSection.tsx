import type { ReactNode } from "react";
import styles from "./JobDetailSection.module.css";

/** A section of the job page under its heading (`hideTitle`: for screen readers only); `id` is the heading's. */
export function JobDetailSection({
  id,
  title,
  hideTitle = false,
  children,
}: {
  id: string;
  title: string;
  hideTitle?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id} className={hideTitle ? "visually-hidden" : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
