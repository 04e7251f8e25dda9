import { Link } from "react-router";
import { EnvelopeIcon } from "../../../shared/ui/EnvelopeIcon";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { describeSchedule } from "../utils/schedule";
import type { AlertFormAccount } from "./AlertForm";
import { AlertIsOn } from "./AlertIsOn";
import { AlertMessage } from "./AlertMessage";

export const AlertConfirmationFragment = graphql(`
  fragment AlertConfirmation_alert on Alert {
    id
    email
    status
    frequency
    sendHour
    sendWeekday
    timeZone
    ...AlertIsOn_alert
  }
`);

/**
 * What the alert form turns into once it is sent: "Your alert is on" for the signed-in owner of a
 * verified address (no confirmation needed); "Check your inbox" while the address must confirm it; and
 * for an address that already had this alert, that nothing changed.
 */
export function AlertConfirmation({
  alert: alertRef,
  account,
  onCreateAnother,
}: {
  alert: FragmentType<typeof AlertConfirmationFragment>;
  account: AlertFormAccount | null;
  onCreateAnother: () => void;
}) {
  const alert = getFragmentData(AlertConfirmationFragment, alertRef);
  const another = (
    <button type="button" className="button button--ghost" onClick={onCreateAnother}>
      Create another alert
    </button>
  );
  const backToJobs = (
    <Link className="button" to="/jobs">
      Back to jobs
    </Link>
  );

  if (alert.status === "ACTIVE" && account?.email.toLowerCase() === alert.email.toLowerCase()) {
    return <AlertIsOn alert={alert} onAccount actions={another} />;
  }
  if (alert.status !== "PENDING_CONFIRMATION") {
    return (
      <AlertMessage
        title="You already have this alert"
        actions={
          <>
            {backToJobs}
            {another}
          </>
        }
      >
        <p>
          <strong>{alert.email}</strong> already has an alert for this search, so nothing has changed.
        </p>
        <p className="muted">To change, pause or restart it, use the links in its emails.</p>
      </AlertMessage>
    );
  }
  return (
    <AlertMessage
      title="Check your inbox"
      icon={<EnvelopeIcon className="confirmation__icon" size={48} />}
      actions={
        <>
          {backToJobs}
          {another}
        </>
      }
    >
      <p>
        An email is on its way to <strong>{alert.email}</strong>. Click the link in it to confirm your alert; we'll then send you new
        matching jobs {describeSchedule(alert)}.
      </p>
      <p className="muted">No email after a few minutes? Check your spam folder. Every alert email has a one-click unsubscribe link.</p>
    </AlertMessage>
  );
}
