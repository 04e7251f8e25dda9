import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { ALERT_PATHS } from "../../../shared/navigation";
import { formatRelativeTime } from "../../../shared/utils/format";
import { describeSchedule } from "../utils/schedule";
import { AlertPauseButton } from "./AlertPauseButton";
import { AlertStatusBadge } from "./AlertStatusBadge";
import styles from "./AlertList.module.css";

export const AlertListFragment = graphql(`
  fragment AlertList_viewer on User {
    id
    email
    alerts {
      id
      email
      summary
      status
      frequency
      sendHour
      sendWeekday
      timeZone
      lastSentAt
      ...AlertPauseButton_alert
    }
  }
`);

/** The signed-in person's job alerts on their account page: each links to its manage page, with pause or resume; or a link to make one. */
export function AlertList({ viewer: viewerRef }: { viewer: FragmentType<typeof AlertListFragment> }) {
  const viewer = getFragmentData(AlertListFragment, viewerRef);
  const create = (label: string) => (
    <Link className="button button--ghost button--small" to={ALERT_PATHS.create}>
      {label}
    </Link>
  );

  if (viewer.alerts.length === 0) {
    return (
      <div className={styles.empty}>
        <p>You have no job alerts yet. Save a search as an alert and we'll email you its new jobs.</p>
        {create("Create a job alert")}
      </div>
    );
  }
  return (
    <>
      <ul className={styles.list} aria-label="Job alerts">
        {viewer.alerts.map((alert) => (
          <li key={alert.id} className={styles.item}>
            <div className={styles.text}>
              <p className={styles.summaryLine}>
                <Link className={styles.summary} to={`${ALERT_PATHS.manage}?id=${encodeURIComponent(alert.id)}`}>
                  {alert.summary}
                </Link>
                <AlertStatusBadge status={alert.status} />
              </p>
              <p className="muted small">
                Emails new jobs {describeSchedule(alert)}
                {alert.email !== viewer.email && <> to {alert.email}</>} ·{" "}
                {alert.lastSentAt ? `last sent ${formatRelativeTime(alert.lastSentAt)}` : "nothing sent yet"}
              </p>
            </div>
            <div className={styles.action}>
              <AlertPauseButton alert={alert} target={{ id: alert.id }} named />
            </div>
          </li>
        ))}
      </ul>
      <p className={styles.more}>{create("Create another alert")}</p>
    </>
  );
}
