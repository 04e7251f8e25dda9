import { useId, type ReactNode } from "react";
import styles from "./AuthPage.module.css";

/** The frame of the sign-in, sign-up and emailed-link pages: one card, centred, with a line under it. */
export function AuthPage({
  title,
  intro,
  footer,
  children,
}: {
  title: string;
  intro?: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
}) {
  const headingId = useId();
  return (
    <div className={styles.page}>
      <section className={`card ${styles.card}`} aria-labelledby={headingId}>
        <h1 id={headingId} className={styles.title}>
          {title}
        </h1>
        {intro && <p className={`muted ${styles.intro}`}>{intro}</p>}
        {children}
      </section>
      {footer && <p className={styles.footer}>{footer}</p>}
    </div>
  );
}
