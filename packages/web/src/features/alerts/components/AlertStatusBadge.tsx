import type { AlertStatus } from "../../../generated/graphql";
import styles from "./AlertStatusBadge.module.css";

const STATUS: Record<AlertStatus, { label: string; tone: string }> = {
  ACTIVE: { label: "Active", tone: styles.active },
  PAUSED: { label: "Paused", tone: styles.paused },
  PENDING_CONFIRMATION: { label: "Waiting for confirmation", tone: styles.pending },
  UNSUBSCRIBED: { label: "Unsubscribed", tone: styles.unsubscribed },
};

/** An alert's status as a small coloured label. */
export function AlertStatusBadge({ status }: { status: AlertStatus }) {
  const { label, tone } = STATUS[status];
  return <span className={`${styles.badge} ${tone}`}>{label}</span>;
}
