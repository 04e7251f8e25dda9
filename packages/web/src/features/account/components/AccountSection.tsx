import { useId, type ReactNode } from "react";
import styles from "./AccountSection.module.css";

/** One part of the account page: a card with its heading and a line saying what it is for. */
export function AccountSection({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={`card ${styles.section}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {title}
      </h2>
      {description && <p className="muted small">{description}</p>}
      {children}
    </section>
  );
}

/** The account page's column: its heading, then the sections. */
export function AccountPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <h1 className={styles.pageTitle}>{title}</h1>
        {intro && <p className="muted">{intro}</p>}
      </div>
      {children}
    </div>
  );
}
