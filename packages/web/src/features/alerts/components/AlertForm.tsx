import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { FragmentType } from "../../../generated";
import type { CreateAlertInput } from "../../../generated/graphql";
import { EmailField } from "../../../shared/ui/EmailField";
import { FormError } from "../../../shared/ui/FormField";
import { alertFormErrors } from "../utils/alertFieldErrors";
import type { AlertCriteriaFieldsFragment } from "./AlertCriteriaFields";
import { AlertSettingsFields, alertSettingsInput, type AlertSettings } from "./AlertSettingsFields";

/** What the alert form holds; kept by the page, so "Create another alert" starts from the same search. */
export interface AlertDraft extends AlertSettings {
  email: string;
}

/** Who is signed in, if anyone: their address is the form's first guess, and needs no confirmation once verified. */
export interface AlertFormAccount {
  email: string;
  emailVerified: boolean;
}

/** What the email field says to a signed-in person about the address in it. */
function emailHint(email: string, account: AlertFormAccount): string {
  if (account.emailVerified && email.trim().toLowerCase() === account.email.toLowerCase()) {
    return "Your account's verified address: the alert starts at once, with no confirmation email.";
  }
  return "We'll email this address a link to confirm the alert.";
}

/**
 * The alert form: email, how often, when and what to look for. The email is checked here first; the API's
 * field errors (`error`, from the last `onSubmit`) show beside their fields.
 */
export function AlertForm({
  draft,
  onDraftChange,
  account,
  options,
  onSubmit,
  loading,
  error,
}: {
  draft: AlertDraft;
  onDraftChange: (next: AlertDraft) => void;
  account: AlertFormAccount | null;
  options: FragmentType<typeof AlertCriteriaFieldsFragment> | undefined;
  onSubmit: (input: CreateAlertInput) => Promise<unknown>;
  loading: boolean;
  error: unknown;
}) {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const id = useId();
  const { email } = draft;

  const server = alertFormErrors(error);
  const errors = { ...server.byField, ...clientErrors };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = email.trim();
    const problems: Record<string, string> = {};
    if (!trimmed) problems.email = "Enter your email address.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) problems.email = "Enter an email address like name@example.com.";
    setClientErrors(problems);
    if (Object.keys(problems).length) {
      document.getElementById(`${id}-email`)?.focus();
      return;
    }
    try {
      await onSubmit({ email: trimmed, ...alertSettingsInput(draft) });
    } catch {
      // Shown from `error` beside the fields.
    }
  }

  return (
    <form
      className="alert-form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-describedby={server.formError ? `${id}-general` : undefined}
    >
      <FormError id={`${id}-general`}>{server.formError}</FormError>
      <EmailField
        id={`${id}-email`}
        value={email}
        onChange={(value) => onDraftChange({ ...draft, email: value })}
        error={errors.email}
        hint={account && emailHint(email, account)}
      />

      <AlertSettingsFields id={id} settings={draft} onChange={onDraftChange} errors={errors} options={options} />
      <p>
        <button type="submit" className="button button--large" disabled={loading} aria-busy={loading}>
          {loading ? "Creating your alert…" : "Create alert"}
        </button>
      </p>
      <p className="muted small">
        We only use your email for this alert. See our <Link to="/privacy">privacy policy</Link>.
      </p>
    </form>
  );
}
