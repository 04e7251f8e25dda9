import type { ReactNode } from "react";
import { EnvelopeIcon } from "../../../shared/ui/EnvelopeIcon";
import styles from "./CheckInbox.module.css";

/** "Check your inbox": what was sent, and to whom, once a form asked for an emailed link. */
export function CheckInbox({ message, to, children, note }: { message: string; to: string; children: ReactNode; note: ReactNode }) {
  return (
    <div className={styles.box} role="status">
      <EnvelopeIcon className={styles.icon} size={40} />
      <p className={styles.message}>{message}</p>
      <p>
        We've emailed <strong className={styles.address}>{to}</strong>. {children}
      </p>
      <p className="muted small">{note}</p>
    </div>
  );
}
