import type { ReactNode } from "react";
import { SkeletonLines } from "../../../shared/ui/states";
import { formErrorMessage } from "../../../shared/utils/formErrors";
import { AuthPage } from "./AuthPage";
import styles from "./forms.module.css";

/**
 * The page an emailed link opens (verify, confirm a new email): "working on it" while the link is
 * spent, then what happened, with where to go next. `error` may be the words to show (a link without its token).
 */
/** What a link without its token says. */
export const INCOMPLETE_LINK = "This link is incomplete. Open it from the email again, or ask for a new one.";

export function LinkOutcome({
  pendingTitle,
  error,
  done,
  doneTitle,
  doneText,
  actions,
  errorActions,
}: {
  pendingTitle: string;
  error: unknown;
  done: boolean;
  doneTitle: string;
  doneText: ReactNode;
  actions: ReactNode;
  errorActions: ReactNode;
}) {
  if (error) {
    return (
      <AuthPage title="This link didn't work">
        <p className={`form-error ${styles.pageError}`} role="alert">
          {typeof error === "string" ? error : formErrorMessage(error)}
        </p>
        <div className={styles.links}>{errorActions}</div>
      </AuthPage>
    );
  }
  if (!done) {
    return (
      <AuthPage title={pendingTitle}>
        <SkeletonLines lines={2} label={pendingTitle} />
      </AuthPage>
    );
  }
  return (
    <AuthPage title={doneTitle}>
      <p className={styles.lead} role="status">
        {doneText}
      </p>
      <div className={styles.links}>{actions}</div>
    </AuthPage>
  );
}
