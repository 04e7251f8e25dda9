import { Link } from "react-router";
import { EnvelopeIcon } from "../../../shared/ui/EnvelopeIcon";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";

export const AlertConfirmationFragment = graphql(`
  fragment AlertConfirmation_alert on Alert {
    id
    email
    frequency
  }
`);

/** "Check your inbox": shown once an alert is created, until it is confirmed by email. */
export function AlertConfirmation({
  alert: alertRef,
  onCreateAnother,
}: {
  alert: FragmentType<typeof AlertConfirmationFragment>;
  onCreateAnother: () => void;
}) {
  const alert = getFragmentData(AlertConfirmationFragment, alertRef);
  return (
    <section className="confirmation card" aria-labelledby="confirm-heading">
      <EnvelopeIcon className="confirmation__icon" size={48} />
      <h1 id="confirm-heading" tabIndex={-1} ref={(el) => el?.focus()}>
        Check your inbox
      </h1>
      <p>
        An email is on its way to <strong>{alert.email}</strong>. Click the link in it to confirm your alert; we'll then send you new
        matching jobs{" "}
        {alert.frequency === "INSTANT" ? "as soon as they are posted" : alert.frequency === "WEEKLY" ? "once a week" : "once a day"}.
      </p>
      <p className="muted">No email after a few minutes? Check your spam folder. Every alert email has a one-click unsubscribe link.</p>
      <p className="state__actions">
        <Link className="button" to="/jobs">
          Back to jobs
        </Link>
        <button type="button" className="button button--ghost" onClick={onCreateAnother}>
          Create another alert
        </button>
      </p>
    </section>
  );
}
