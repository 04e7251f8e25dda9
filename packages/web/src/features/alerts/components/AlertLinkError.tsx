import { fieldErrors } from "../../../shared/utils/graphqlErrors";
import { AlertMessage, StartAgainActions } from "./AlertMessage";

/** What a confirm, manage or unsubscribe link without its token says. */
export const INCOMPLETE_ALERT_LINK = "This link is incomplete. Open it from the email again.";

/** The API's words for a link it refused (forged, expired, or its alert deleted); undefined when the request failed otherwise. */
export function badLinkMessage(error: unknown): string | undefined {
  return fieldErrors(error).token;
}

/** The page a link from an alert email opens when the link doesn't work: why, and where to start again. */
export function AlertLinkError({ message }: { message: string }) {
  return (
    <AlertMessage title="This link didn't work" actions={<StartAgainActions />}>
      <p className="form-error" role="alert">
        {message}
      </p>
    </AlertMessage>
  );
}
