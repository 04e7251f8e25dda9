import type { ReactNode } from "react";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { ACCOUNT_PATHS } from "../../../shared/navigation";
import { sitePath } from "../../../shared/utils/format";
import { describeSchedule } from "../utils/schedule";
import { AlertMessage } from "./AlertMessage";

export const AlertIsOnFragment = graphql(`
  fragment AlertIsOn_alert on Alert {
    id
    email
    summary
    searchUrl
    frequency
    sendHour
    sendWeekday
    timeZone
  }
`);

/**
 * "Your alert is on": what it sends, to whom and when, and where to change it: the account page when it
 * lists this alert (`onAccount`), otherwise the links in every alert email. `actions` come after its own.
 */
export function AlertIsOn({
  alert: alertRef,
  onAccount,
  actions,
}: {
  alert: FragmentType<typeof AlertIsOnFragment>;
  onAccount: boolean;
  actions?: ReactNode;
}) {
  const alert = getFragmentData(AlertIsOnFragment, alertRef);
  return (
    <AlertMessage
      title="Your alert is on"
      actions={
        <>
          <Link className="button" to={sitePath(alert.searchUrl, "/jobs")}>
            See matching jobs
          </Link>
          {onAccount && (
            <Link className="button button--ghost" to={ACCOUNT_PATHS.account}>
              Manage your alerts
            </Link>
          )}
          {actions}
        </>
      }
    >
      <p role="status">
        We'll email <strong>{alert.email}</strong> new jobs for <strong>{alert.summary}</strong> {describeSchedule(alert)}.
      </p>
      <p className="muted">
        {onAccount
          ? "Change, pause or delete it any time from your account."
          : "Every alert email has a link to change, pause or unsubscribe from this alert."}
      </p>
    </AlertMessage>
  );
}
