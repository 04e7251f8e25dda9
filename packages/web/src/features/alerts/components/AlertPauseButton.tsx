import { useMutation } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import type { AlertRefInput } from "../../../generated/graphql";
import { FormError } from "../../../shared/ui/FormField";
import { formErrorMessage } from "../../../shared/utils/formErrors";

export const AlertPauseButtonFragment = graphql(`
  fragment AlertPauseButton_alert on Alert {
    id
    status
    summary
  }
`);

const PauseAlertMutation = graphql(`
  mutation PauseAlertMutation($input: AlertRefInput!) {
    pauseAlert(input: $input) {
      alert {
        id
        status
        pausedReason
      }
    }
  }
`);

const ResumeAlertMutation = graphql(`
  mutation ResumeAlertMutation($input: AlertRefInput!) {
    resumeAlert(input: $input) {
      alert {
        id
        status
        pausedReason
      }
    }
  }
`);

/**
 * "Pause alert" while it sends, "Resume alert" while it's paused or unsubscribed; nothing while it waits
 * for confirmation. `target` says which alert (a manage link's token, or its id signed in); `named` puts
 * the alert's summary in the button's name, for a list of them. The answer updates the cached alert.
 */
export function AlertPauseButton({
  alert: alertRef,
  target,
  named = false,
}: {
  alert: FragmentType<typeof AlertPauseButtonFragment>;
  target: AlertRefInput;
  named?: boolean;
}) {
  const alert = getFragmentData(AlertPauseButtonFragment, alertRef);
  const [pause, pausing] = useMutation(PauseAlertMutation);
  const [resume, resuming] = useMutation(ResumeAlertMutation);
  if (alert.status === "PENDING_CONFIRMATION") return null;

  const paused = alert.status !== "ACTIVE";
  const busy = pausing.loading || resuming.loading;
  const error = (paused ? resuming.error : pausing.error) ?? null;
  const verb = paused ? "Resume" : "Pause";
  const run = () => {
    const options = { variables: { input: target } };
    (paused ? resume(options) : pause(options)).catch(() => undefined); // shown from `error`
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={busy}
        aria-busy={busy}
        aria-label={named ? `${verb} alert ${alert.summary}` : undefined}
        onClick={run}
      >
        {busy ? (paused ? "Resuming…" : "Pausing…") : `${verb} alert`}
      </button>
      <FormError>{error && formErrorMessage(error)}</FormError>
    </>
  );
}
