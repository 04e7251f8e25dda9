import { useMutation, useQuery } from "@apollo/client/react";
import { useCallback } from "react";
import { Link, useSearchParams } from "react-router";
import { useRunOnce } from "../features/account/hooks/useRunOnce";
import { AlertIsOn } from "../features/alerts/components/AlertIsOn";
import { AlertLinkError, badLinkMessage, INCOMPLETE_ALERT_LINK } from "../features/alerts/components/AlertLinkError";
import { AlertMessage } from "../features/alerts/components/AlertMessage";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

/** Who is signed in (the header has asked already, so the cache answers). */
const ConfirmAlertRouteQuery = graphql(`
  query ConfirmAlertRouteQuery {
    viewer {
      id
      email
    }
  }
`);

const ConfirmAlertMutation = graphql(`
  mutation ConfirmAlertMutation($input: AlertTokenInput!) {
    confirmAlert(input: $input) {
      alert {
        id
        email
        status
        summary
        ...AlertIsOn_alert
      }
    }
  }
`);

/**
 * /alerts/confirm?token=…: the confirmation email's link. Confirms the alert on arrival (one click from
 * the email; confirming again changes nothing), then says what it sends and where to change it.
 */
export function ConfirmAlertRoute() {
  useDocumentMeta("Confirm your job alert", null, { noindex: true });
  const [params] = useSearchParams();
  const token = params.get("token");
  const viewer = useQuery(ConfirmAlertRouteQuery).data?.viewer;
  const [confirm, { data, error }] = useMutation(ConfirmAlertMutation);
  const run = useCallback(
    (key: string) => {
      confirm({ variables: { input: { token: key } } }).catch(() => undefined); // shown from `error`
    },
    [confirm],
  );
  useRunOnce(token, run);
  const alert = data?.confirmAlert.alert;

  if (!token) return <AlertLinkError message={INCOMPLETE_ALERT_LINK} />;
  if (error) {
    const message = badLinkMessage(error);
    return message ? <AlertLinkError message={message} /> : <ErrorState error={error} onRetry={() => run(token)} />;
  }
  if (!alert) {
    return (
      <AlertMessage title="Confirming your alert…">
        <SkeletonLines lines={2} label="Confirming your alert" />
      </AlertMessage>
    );
  }
  // Signed in with the alert's address, the account lists it (with pause, resume and a link to manage it).
  const onAccount = viewer?.email.toLowerCase() === alert.email.toLowerCase();
  if (alert.status === "ACTIVE") return <AlertIsOn alert={alert} onAccount={onAccount} />;
  // Following the link again changes nothing: an alert paused or unsubscribed since stays so.
  const paused = alert.status === "PAUSED";
  return (
    <AlertMessage
      title={paused ? "This alert is paused" : "You're unsubscribed from this alert"}
      actions={
        <Link className="button" to={onAccount ? ACCOUNT_PATHS.account : "/jobs"}>
          {onAccount ? "Your alerts" : "Browse jobs"}
        </Link>
      }
    >
      <p>
        Your alert for <strong>{alert.summary}</strong> sends nothing while it's {paused ? "paused" : "unsubscribed"}, and following this
        link again doesn't change that.{" "}
        {onAccount ? "Resume it from your account." : "To resume it, use the manage link in one of its emails."}
      </p>
    </AlertMessage>
  );
}
