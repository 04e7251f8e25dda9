import { useMutation } from "@apollo/client/react";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { ALERT_PATHS } from "../../../shared/navigation";
import { FormError } from "../../../shared/ui/FormField";
import { formErrorMessage } from "../../../shared/utils/formErrors";
import { describeSchedule } from "../utils/schedule";
import { AlertMessage } from "./AlertMessage";
import { AlertPauseButton } from "./AlertPauseButton";

export const AlertUnsubscribeFragment = graphql(`
  fragment AlertUnsubscribe_alert on Alert {
    id
    email
    status
    summary
    frequency
    sendHour
    sendWeekday
    timeZone
    ...AlertPauseButton_alert
  }
`);

const UnsubscribeAlertMutation = graphql(`
  mutation UnsubscribeAlertMutation($input: AlertTokenInput!) {
    unsubscribeAlert(input: $input) {
      alert {
        id
        status
      }
    }
  }
`);

/**
 * The unsubscribe link's page: which alert, and a button. Nothing happens until it is pressed (mail
 * scanners open every link); then, or when it already was, "You're unsubscribed", with a way back.
 */
export function AlertUnsubscribe({ alert: alertRef, token }: { alert: FragmentType<typeof AlertUnsubscribeFragment>; token: string }) {
  const alert = getFragmentData(AlertUnsubscribeFragment, alertRef);
  const [unsubscribe, { loading, error }] = useMutation(UnsubscribeAlertMutation);

  if (alert.status === "UNSUBSCRIBED") {
    return (
      <AlertMessage
        key="done"
        title="You're unsubscribed"
        actions={
          <>
            {/* Changed your mind: the same link takes it back. */}
            <AlertPauseButton alert={alert} target={{ token }} />
            <Link className="button button--ghost" to={ALERT_PATHS.create}>
              Create a job alert
            </Link>
            <Link className="button button--ghost" to="/jobs">
              Browse jobs
            </Link>
          </>
        }
      >
        <p role="status">
          You're unsubscribed from <strong>{alert.summary}</strong>: we won't email <strong>{alert.email}</strong> about it again.
        </p>
      </AlertMessage>
    );
  }
  return (
    <AlertMessage
      key="ask"
      title="Unsubscribe from this alert?"
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={loading}
            aria-busy={loading}
            onClick={() => void unsubscribe({ variables: { input: { token } } }).catch(() => undefined)}
          >
            {loading ? "Unsubscribing…" : "Unsubscribe"}
          </button>
          <Link className="button button--ghost" to="/jobs">
            Keep it and browse jobs
          </Link>
        </>
      }
    >
      <p>
        {alert.status === "ACTIVE" ? (
          <>
            <strong>{alert.email}</strong> gets new jobs for <strong>{alert.summary}</strong> {describeSchedule(alert)}.
          </>
        ) : (
          <>
            This is the alert for <strong>{alert.summary}</strong>, sent to <strong>{alert.email}</strong>.
          </>
        )}
      </p>
      <FormError>{error && formErrorMessage(error)}</FormError>
    </AlertMessage>
  );
}
