import { useMutation } from "@apollo/client/react";
import { useCallback, useState } from "react";
import { graphql } from "../../../generated";
import type { AlertRefInput } from "../../../generated/graphql";
import { FormError } from "../../../shared/ui/FormField";
import { formErrorMessage } from "../../../shared/utils/formErrors";
import styles from "./AlertDelete.module.css";

const DeleteAlertMutation = graphql(`
  mutation DeleteAlertMutation($input: AlertRefInput!) {
    deleteAlert(input: $input) {
      deletedAlertId
    }
  }
`);

/** "Delete alert", which asks first; `onDeleted` once the API has deleted it. */
export function AlertDelete({ target, onDeleted }: { target: AlertRefInput; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  const [deleteAlert, { loading, error }] = useMutation(DeleteAlertMutation);
  // The question's "Keep it" takes the focus: a second Enter must not delete.
  const focus = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);

  const run = async () => {
    try {
      await deleteAlert({ variables: { input: target } });
      onDeleted();
    } catch {
      // Shown below the buttons.
    }
  };

  if (!asking) {
    return (
      <p>
        <button type="button" className={`button button--ghost ${styles.danger}`} onClick={() => setAsking(true)}>
          Delete alert
        </button>
      </p>
    );
  }
  return (
    <div className={styles.ask} role="group" aria-label="Delete this alert?">
      <p className={styles.question}>Delete this alert for good? Its emails stop, and the links in them stop working.</p>
      <p className={styles.actions}>
        <button type="button" className={`button ${styles.dangerSolid}`} disabled={loading} aria-busy={loading} onClick={() => void run()}>
          {loading ? "Deleting…" : "Yes, delete it"}
        </button>
        <button type="button" className="button button--ghost" ref={focus} onClick={() => setAsking(false)}>
          Keep it
        </button>
      </p>
      <FormError>{error && formErrorMessage(error)}</FormError>
    </div>
  );
}
