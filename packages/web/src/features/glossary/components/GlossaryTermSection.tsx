import type { ReactNode } from "react";
import styles from "./GlossaryTermSection.module.css";

/** A section of a term's page under its heading; `id` is the heading's, `className` adds classes (a `card`, say). */
export function GlossaryTermSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `${styles.section} ${className}` : styles.section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
