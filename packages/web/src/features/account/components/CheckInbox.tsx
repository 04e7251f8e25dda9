import type { ReactNode } from "react";
import styles from "./CheckInbox.module.css";

/** "Check your inbox": what was sent, and to whom, once a form asked for an emailed link. */
export function CheckInbox({ message, to, children, note }: { message: string; to: string; children: ReactNode; note: ReactNode }) {
  return (
    <div className={styles.box} role="status">
      <svg
        className={styles.icon}
        width="40"
        height="40"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <rect x="2" y="4" width="20" height="16" rx="2" />
        <path d="m22 7-10 6L2 7" />
      </svg>
      <p className={styles.message}>{message}</p>
      <p>
        We've emailed <strong className={styles.address}>{to}</strong>. {children}
      </p>
      <p className="muted small">{note}</p>
    </div>
  );
}
