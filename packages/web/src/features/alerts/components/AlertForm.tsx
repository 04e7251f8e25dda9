import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { FragmentType } from "../../../generated";
import type { AlertFrequency, CreateAlertInput } from "../../../generated/graphql";
import { Field, FormError } from "../../../shared/ui/FormField";
import { describeError } from "../../../shared/ui/states";
import { fieldErrors } from "../../../shared/utils/graphqlErrors";
import { toAlertCriteria, type JobSearch } from "../../jobs";
import { alertFieldErrors } from "../utils/alertFieldErrors";
import { AlertCriteriaFields, type AlertCriteriaFieldsFragment } from "./AlertCriteriaFields";
import { FrequencyField } from "./FrequencyField";

/** What the alert form holds; kept by the page, so "Create another alert" starts from the same search. */
export interface AlertDraft {
  email: string;
  frequency: AlertFrequency;
  criteria: JobSearch;
}

/**
 * The alert form: email, how often and what to look for. The email is checked here first; the API's field errors
 * (`error`, from the last `onSubmit`) show beside their fields.
 */
export function AlertForm({
  draft,
  onDraftChange,
  options,
  onSubmit,
  loading,
  error,
}: {
  draft: AlertDraft;
  onDraftChange: (next: AlertDraft) => void;
  options: FragmentType<typeof AlertCriteriaFieldsFragment> | undefined;
  onSubmit: (input: CreateAlertInput) => Promise<unknown>;
  loading: boolean;
  error: unknown;
}) {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const id = useId();
  const { email, frequency, criteria } = draft;

  const server = alertFieldErrors(fieldErrors(error));
  const errors = { ...server.byField, ...clientErrors };
  const generalError =
    error && Object.keys(server.byField).length === 0 ? (server.other[0] ?? describeError(error).message) : server.other[0];

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
      await onSubmit({ email: trimmed, frequency, criteria: toAlertCriteria(criteria) });
    } catch {
      // Shown from `error` beside the fields.
    }
  }

  return (
    <form
      className="alert-form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-describedby={generalError ? `${id}-general` : undefined}
    >
      <FormError id={`${id}-general`}>{generalError}</FormError>
      <Field id={`${id}-email`} label="Email address" error={errors.email}>
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => onDraftChange({ ...draft, email: e.target.value })}
          aria-invalid={Boolean(errors.email)}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          required
        />
      </Field>

      <FrequencyField
        id={`${id}-frequency`}
        value={frequency}
        onChange={(next) => onDraftChange({ ...draft, frequency: next })}
        error={errors.frequency}
      />

      <AlertCriteriaFields
        id={id}
        criteria={criteria}
        onChange={(next) => onDraftChange({ ...draft, criteria: next })}
        errors={errors}
        options={options}
      />
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
