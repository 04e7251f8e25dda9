import { useId, useState } from "react";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import type { AlertRefInput } from "../../../generated/graphql";
import { Notice } from "../../../shared/ui/Notice";
import { formatDate, formatRelativeTime, sitePath } from "../../../shared/utils/format";
import { alertSearch, newAlertPath } from "../utils/alertSearch";
import { describeSchedule } from "../utils/schedule";
import type { AlertCriteriaFieldsFragment } from "./AlertCriteriaFields";
import { AlertDelete } from "./AlertDelete";
import { AlertEditForm } from "./AlertEditForm";
import { AlertMessage, StartAgainActions } from "./AlertMessage";
import { AlertPauseButton } from "./AlertPauseButton";
import { AlertStatusBadge } from "./AlertStatusBadge";
import styles from "./AlertManager.module.css";

export const AlertManagerFragment = graphql(`
  fragment AlertManager_alert on Alert {
    id
    email
    status
    pausedReason
    summary
    searchUrl
    frequency
    sendHour
    sendWeekday
    timeZone
    lastSentAt
    createdAt
    criteria {
      query
      categories
      seniorities
      employmentTypes
      remote
      locations
      companies
      tags
      salaryMin
      salaryCurrency
    }
    ...AlertPauseButton_alert
  }
`);

/** Why an alert that isn't sending isn't, and what to do about it. */
function StatusNote({ status, pausedReason, email }: { status: string; pausedReason: string | null; email: string }) {
  if (status === "PENDING_CONFIRMATION") {
    return (
      <Notice tone="info">
        Waiting for confirmation: follow the link in the email we sent to <strong>{email}</strong>. Nothing is sent until then.
      </Notice>
    );
  }
  if (status === "PAUSED") {
    return <Notice tone="info">{pausedReason ?? "This alert is paused."} It sends nothing until you resume it.</Notice>;
  }
  if (status === "UNSUBSCRIBED") {
    return <Notice tone="info">You're unsubscribed from this alert, so it sends nothing. Resume it to get its emails again.</Notice>;
  }
  return null;
}

/**
 * One alert to look after (the manage link's page, or from the account): what it looks for and its
 * status; pause or resume; its settings to change; and delete, after which it says so.
 * `target` is how the API is told which alert: the manage link's token, or its id signed in.
 */
export function AlertManager({
  alert: alertRef,
  target,
  options,
}: {
  alert: FragmentType<typeof AlertManagerFragment>;
  target: AlertRefInput;
  options: FragmentType<typeof AlertCriteriaFieldsFragment> | undefined;
}) {
  const alert = getFragmentData(AlertManagerFragment, alertRef);
  const [deleted, setDeleted] = useState(false);
  const id = useId();
  const search = alertSearch(alert.criteria);

  if (deleted) {
    return (
      <AlertMessage title="Your alert is deleted" actions={<StartAgainActions />}>
        <p role="status">
          We won't email <strong>{alert.email}</strong> about <strong>{alert.summary}</strong> again, and the links in its emails no longer
          work.
        </p>
      </AlertMessage>
    );
  }

  return (
    <div className={styles.page}>
      <div className="page-intro">
        <h1>Manage your job alert</h1>
        <p className="muted">
          Emails to <strong className={styles.email}>{alert.email}</strong>
        </p>
      </div>

      <section className={`card ${styles.overview}`} aria-labelledby={`${id}-summary`}>
        <div className={styles.summaryLine}>
          <h2 id={`${id}-summary`} className={styles.summary}>
            {alert.summary}
          </h2>
          <AlertStatusBadge status={alert.status} />
        </div>
        <dl className={styles.facts}>
          <div>
            <dt>How often</dt>
            <dd>Emails new jobs {describeSchedule(alert)}</dd>
          </div>
          <div>
            <dt>Last sent</dt>
            <dd>{alert.lastSentAt ? formatRelativeTime(alert.lastSentAt) : "Nothing sent yet"}</dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatDate(alert.createdAt)}</dd>
          </div>
        </dl>
        <StatusNote status={alert.status} pausedReason={alert.pausedReason} email={alert.email} />
        <div className={styles.actions}>
          <AlertPauseButton alert={alert} target={target} />
          <Link className="button button--ghost button--small" to={sitePath(alert.searchUrl, "/jobs")}>
            See matching jobs
          </Link>
          <Link className="button button--ghost button--small" to={newAlertPath(search)}>
            Create an alert like this
          </Link>
        </div>
      </section>

      <AlertEditForm
        key={alert.id}
        target={target}
        initial={{
          frequency: alert.frequency,
          criteria: search,
          timeZone: alert.timeZone,
          sendHour: alert.sendHour,
          sendWeekday: alert.sendWeekday,
        }}
        options={options}
      />

      <section className={`card ${styles.overview}`} aria-labelledby={`${id}-delete`}>
        <h2 id={`${id}-delete`} className={styles.sectionTitle}>
          Delete this alert
        </h2>
        <p className="muted">Stops its emails for good. To stop them for a while, pause it instead.</p>
        <AlertDelete target={target} onDeleted={() => setDeleted(true)} />
      </section>
    </div>
  );
}
