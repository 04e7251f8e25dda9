import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import { alertFieldErrors } from "../features/alerts/utils/alertFieldErrors";
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  parseSearch,
  REMOTE_POLICIES,
  SENIORITIES,
  toAlertCriteria,
  toggleValue,
  type JobSearch,
  type ListDimension,
} from "../features/jobs/utils/searchParams";
import { graphql } from "../generated";
import type { AlertFrequency } from "../generated/graphql";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { describeError } from "../shared/ui/states";
import { fieldErrors } from "../shared/utils/graphqlErrors";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { EMPLOYMENT_TYPE_LABELS, label, REMOTE_LABELS, SENIORITY_LABELS } from "../shared/utils/format";

const AlertsRouteQuery = graphql(`
  query AlertsRouteQuery {
    jobCategories {
      id
      slug
      name
    }
    locations {
      id
      slug
      city
    }
  }
`);

const CreateAlertMutation = graphql(`
  mutation CreateAlertMutation($input: CreateAlertInput!) {
    createAlert(input: $input) {
      alert {
        id
        email
        frequency
        status
      }
    }
  }
`);

const FREQUENCIES: { value: AlertFrequency; label: string; hint: string }[] = [
  { value: "INSTANT", label: "Instant", hint: "As soon as a job is posted" },
  { value: "DAILY", label: "Daily", hint: "One email a day" },
  { value: "WEEKLY", label: "Weekly", hint: "One email a week" },
];

export function AlertsRoute() {
  useDocumentMeta("Create a job alert", "Get new AI jobs that match your search by email: instantly, daily or weekly.");
  const [params] = useSearchParams();
  const [criteria, setCriteria] = useState<JobSearch>(() => parseSearch(params));
  const [email, setEmail] = useState("");
  const [frequency, setFrequency] = useState<AlertFrequency>("DAILY");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const options = useQuery(AlertsRouteQuery);
  const [createAlert, { data, loading, error, reset }] = useMutation(CreateAlertMutation);
  const id = useId();

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
      await createAlert({ variables: { input: { email: trimmed, frequency, criteria: toAlertCriteria(criteria) } } });
    } catch {
      // Shown from `error` beside the fields.
    }
  }

  if (data) {
    const alert = data.createAlert.alert;
    return (
      <section className="confirmation card" aria-labelledby="confirm-heading">
        <svg
          className="confirmation__icon"
          width="48"
          height="48"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
        >
          <rect x="2" y="4" width="20" height="16" rx="2" />
          <path d="m22 7-10 6L2 7" />
        </svg>
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
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              reset();
              setEmail("");
            }}
          >
            Create another alert
          </button>
        </p>
      </section>
    );
  }

  const set = (next: JobSearch) => setCriteria(next);
  const checkboxes = (dimension: ListDimension, values: readonly { value: string; label: string }[]) => (
    <ul className="check-grid">
      {values.map((v) => (
        <li key={v.value}>
          <label className="facet">
            <input
              type="checkbox"
              checked={(criteria[dimension] as string[]).includes(v.value)}
              onChange={() => set(toggleValue(criteria, dimension, v.value as never))}
            />
            <span className="facet__label">{v.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Job alerts" }]} />
      <div className="page-intro">
        <h1>Create a job alert</h1>
        <p className="muted">New AI jobs that match your search, in your inbox. Confirm by email; unsubscribe with one click.</p>
      </div>
      <form
        className="alert-form card"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-describedby={generalError ? `${id}-general` : undefined}
      >
        {generalError && (
          <p className="form-error" role="alert" id={`${id}-general`}>
            {generalError}
          </p>
        )}
        <Field id={`${id}-email`} label="Email address" error={errors.email}>
          <input
            id={`${id}-email`}
            className="input"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={Boolean(errors.email)}
            aria-describedby={errors.email ? `${id}-email-error` : undefined}
            required
          />
        </Field>

        <fieldset className="form-field">
          <legend className="form-field__label">How often</legend>
          <div className="segmented">
            {FREQUENCIES.map((f) => (
              <label key={f.value} className={`segmented__option${frequency === f.value ? " is-selected" : ""}`}>
                <input
                  type="radio"
                  name="frequency"
                  value={f.value}
                  checked={frequency === f.value}
                  onChange={() => setFrequency(f.value)}
                />
                <span>
                  <strong>{f.label}</strong>
                  <small>{f.hint}</small>
                </span>
              </label>
            ))}
          </div>
          {errors.frequency && <FieldError id={`${id}-frequency-error`}>{errors.frequency}</FieldError>}
        </fieldset>

        <h2 className="alert-form__heading">What to look for</h2>
        <Field id={`${id}-query`} label="Keywords" error={errors.query} hint="Job title, skill or company, e.g. “LLM engineer”">
          <input
            id={`${id}-query`}
            className="input"
            type="text"
            value={criteria.query}
            onChange={(e) => set({ ...criteria, query: e.target.value })}
          />
        </Field>

        <fieldset className="form-field">
          <legend className="form-field__label">Categories</legend>
          {options.data ? (
            checkboxes(
              "categories",
              options.data.jobCategories.map((c) => ({ value: c.slug, label: c.name })),
            )
          ) : (
            <p className="muted">Loading categories…</p>
          )}
          {errors.categories && <FieldError id={`${id}-categories-error`}>{errors.categories}</FieldError>}
        </fieldset>
        <fieldset className="form-field">
          <legend className="form-field__label">Remote policy</legend>
          {checkboxes(
            "remote",
            REMOTE_POLICIES.map((v) => ({ value: v, label: label(REMOTE_LABELS, v) })),
          )}
        </fieldset>
        <fieldset className="form-field">
          <legend className="form-field__label">Seniority</legend>
          {checkboxes(
            "seniorities",
            SENIORITIES.map((v) => ({ value: v, label: label(SENIORITY_LABELS, v) })),
          )}
        </fieldset>
        <fieldset className="form-field">
          <legend className="form-field__label">Employment type</legend>
          {checkboxes(
            "employmentTypes",
            EMPLOYMENT_TYPES.map((v) => ({ value: v, label: label(EMPLOYMENT_TYPE_LABELS, v) })),
          )}
        </fieldset>
        <fieldset className="form-field">
          <legend className="form-field__label">Cities</legend>
          {options.data ? (
            checkboxes(
              "locations",
              options.data.locations.map((l) => ({ value: l.slug, label: l.city })),
            )
          ) : (
            <p className="muted">Loading cities…</p>
          )}
          {errors.locations && <FieldError id={`${id}-locations-error`}>{errors.locations}</FieldError>}
        </fieldset>
        <div className="form-row">
          <Field id={`${id}-salary`} label="Minimum yearly salary" error={errors.salaryMin}>
            <input
              id={`${id}-salary`}
              className="input"
              inputMode="numeric"
              value={criteria.salaryMin ?? ""}
              onChange={(e) => set({ ...criteria, salaryMin: Number(e.target.value.replace(/[^\d]/g, "")) || null })}
              aria-invalid={Boolean(errors.salaryMin)}
            />
          </Field>
          <Field id={`${id}-currency`} label="Currency" error={errors.salaryCurrency}>
            <select
              id={`${id}-currency`}
              className="input"
              value={criteria.salaryCurrency}
              onChange={(e) => set({ ...criteria, salaryCurrency: e.target.value })}
            >
              {[...new Set([...CURRENCIES, criteria.salaryCurrency])].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
        </div>
        {(criteria.companies.length > 0 || criteria.tags.length > 0) && (
          <div className="form-field">
            <p className="form-field__label">Also from your search</p>
            <div className="chips">
              {criteria.companies.map((c) => (
                <button
                  key={`c-${c}`}
                  type="button"
                  className="chip"
                  onClick={() => set(toggleValue(criteria, "companies", c))}
                  aria-label={`Remove company ${c}`}
                >
                  Company: {c} <span aria-hidden="true">×</span>
                </button>
              ))}
              {criteria.tags.map((t) => (
                <button
                  key={`t-${t}`}
                  type="button"
                  className="chip"
                  onClick={() => set(toggleValue(criteria, "tags", t))}
                  aria-label={`Remove tag ${t}`}
                >
                  #{t} <span aria-hidden="true">×</span>
                </button>
              ))}
            </div>
          </div>
        )}
        <p>
          <button type="submit" className="button button--large" disabled={loading} aria-busy={loading}>
            {loading ? "Creating your alert…" : "Create alert"}
          </button>
        </p>
        <p className="muted small">
          We only use your email for this alert. See our <Link to="/privacy">privacy policy</Link>.
        </p>
      </form>
    </>
  );
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className={`form-field${error ? " has-error" : ""}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && <p className="hint">{hint}</p>}
      {children}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}

function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field-error" id={id} role="alert">
      {children}
    </p>
  );
}
