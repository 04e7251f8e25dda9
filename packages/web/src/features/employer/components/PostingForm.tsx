import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import type { EmploymentType, PostingInput, RemotePolicy, SalaryPeriod, Seniority } from "../../../generated/graphql";
import { Field, FormError, controlProps } from "../../../shared/ui/FormField";
import { invoicePath } from "../../../shared/navigation";
import { Notice } from "../../../shared/ui/Notice";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { useSettled } from "../../../shared/ui/useSettled";
import { focusFirstError, formErrors } from "../../../shared/utils/formErrors";
import { formatPrice } from "../../../shared/utils/format";
import { API_LIMITS, CURRENCIES } from "../../../shared/utils/apiLimits";
import { EMPLOYMENT_TYPE_LABELS, JobPagePreview, REMOTE_LABELS, SENIORITY_LABELS } from "../../jobs";
import styles from "./Employer.module.css";

const PostingFormOptionsQuery = graphql(`
  query PostingFormOptionsQuery {
    myCompany {
      id
      slug
      name
      logoUrl
      verified
    }
    jobCategories {
      id
      slug
      name
    }
    locations {
      id
      slug
      city
      region
      country
    }
    plans {
      id
      slug
      name
      price {
        amount
        currency
      }
      durationDays
      featuredDays
    }
  }
`);

const PostingToEditQuery = graphql(`
  query PostingToEditQuery($id: ID!) {
    myPosting(id: $id) {
      id
      status
      fields {
        title
        category
        seniority
        employmentType
        remote
        locations
        salary {
          min
          max
          currency
          period
        }
        tags
        applyUrl
        description
        validThrough
      }
    }
  }
`);

const DescriptionPreviewQuery = graphql(`
  query DescriptionPreviewQuery($input: DescriptionPreviewInput!) {
    descriptionPreview(input: $input)
  }
`);

const SavePostingMutation = graphql(`
  mutation SavePostingMutation($id: ID, $input: PostingInput!) {
    savePosting(id: $id, input: $input) {
      posting {
        id
        status
      }
    }
  }
`);

const SubmitPostingMutation = graphql(`
  mutation SubmitPostingMutation($id: ID!, $plan: String!) {
    submitPosting(id: $id, plan: $plan) {
      posting {
        id
        status
      }
      order {
        id
        invoiceNumber
        planName
        price {
          amount
          currency
        }
      }
    }
  }
`);

const FIELDS = [
  "title",
  "category",
  "seniority",
  "employmentType",
  "remote",
  "locations",
  "salary",
  "tags",
  "applyUrl",
  "description",
  "validThrough",
  "plan",
] as const;
type FieldName = (typeof FIELDS)[number];

interface Values {
  title: string;
  category: string;
  seniority: string;
  employmentType: string;
  remote: string;
  locations: string[];
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: string;
  tags: string;
  applyUrl: string;
  description: string;
  validThrough: string;
  plan: string;
}

const EMPTY: Values = {
  title: "",
  category: "",
  seniority: "MID",
  employmentType: "FULL_TIME",
  remote: "REMOTE",
  locations: [],
  salaryMin: "",
  salaryMax: "",
  currency: "USD",
  period: "YEAR",
  tags: "",
  applyUrl: "",
  description: "",
  validThrough: "",
  plan: "featured",
};

const whole = (text: string) => (text.trim() === "" ? null : Number(text.replace(/[,\s]/g, "")));

/** The form's own checks, in the product's words (the API checks everything again). */
function problemsOf(v: Values, submitting: boolean): Partial<Record<FieldName, string>> {
  const min = whole(v.salaryMin);
  const max = whole(v.salaryMax);
  const apply = v.applyUrl.trim();
  return {
    title: v.title.trim() ? undefined : "Give the job a title.",
    category: v.category ? undefined : "Pick a category.",
    salary:
      (min != null && !Number.isInteger(min)) || (max != null && !Number.isInteger(max))
        ? "Use whole numbers."
        : min != null && max != null && min > max
          ? "The maximum can't be less than the minimum."
          : undefined,
    applyUrl:
      apply && !/^https:\/\/\S+$/.test(apply) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(apply)
        ? "Use an https:// address or an email address."
        : undefined,
    description:
      submitting && v.description.trim().length < API_LIMITS.posting.descriptionMin
        ? `Describe the job in at least ${API_LIMITS.posting.descriptionMin} characters before submitting it.`
        : undefined,
  };
}

/**
 * Post a job: every field partners see, checked here and by the API, with a live preview that is the
 * job page itself (its description rendered by the API's own sanitiser). "Save draft" keeps it;
 * "Submit" saves it and orders it on the chosen plan: an invoice, paid by bank transfer, after which
 * the posting is reviewed (or goes live at once for verified companies).
 */
export function PostingForm({ editing }: { editing?: string | null }) {
  const id = useId();
  const options = useQuery(PostingFormOptionsQuery);
  const existing = useQuery(PostingToEditQuery, { variables: { id: editing ?? "" }, skip: !editing, fetchPolicy: "network-only" });
  const [values, setValues] = useState<Values>(EMPTY);
  const [postingId, setPostingId] = useState<string | null>(editing ?? null);
  const loaded = existing.data?.myPosting;
  // An edited posting's form shows once its values are in (never empty first).
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    const f = loaded.fields;
    setValues((v) => ({
      ...v,
      title: f.title,
      category: f.category,
      seniority: f.seniority,
      employmentType: f.employmentType,
      remote: f.remote,
      locations: f.locations,
      salaryMin: f.salary?.min != null ? String(f.salary.min) : "",
      salaryMax: f.salary?.max != null ? String(f.salary.max) : "",
      currency: f.salary?.currency ?? "USD",
      period: f.salary?.period ?? "YEAR",
      tags: f.tags.join(", "),
      applyUrl: (f.applyUrl ?? "").replace(/^mailto:/, ""),
      description: f.description,
      validThrough: f.validThrough ? String(f.validThrough).slice(0, 10) : "",
    }));
    setFilledFrom(loaded.id);
  }, [loaded]);
  const [save, saving] = useMutation(SavePostingMutation);
  const [submitPosting, submitting] = useMutation(SubmitPostingMutation);
  const { errors, formError, onEdit, check } = useFormErrors(saving.error ?? submitting.error, FIELDS);
  const [saved, setSaved] = useState<string | null>(null);
  /** The invoice the last submission issued, linked from the notice. */
  const [issued, setIssued] = useState<string | null>(null);
  const markdown = useSettled(values.description);
  const preview = useQuery(DescriptionPreviewQuery, { variables: { input: { markdown } }, skip: !markdown.trim() });

  const set = <K extends keyof Values>(key: K, value: Values[K], field: FieldName = key as FieldName) => {
    setValues((v) => ({ ...v, [key]: value }));
    onEdit(field);
    setSaved(null);
  };

  function input(): PostingInput {
    const min = whole(values.salaryMin);
    const max = whole(values.salaryMax);
    return {
      title: values.title.trim(),
      category: values.category,
      seniority: values.seniority as Seniority,
      employmentType: values.employmentType as EmploymentType,
      remote: values.remote as RemotePolicy,
      locations: values.locations,
      salary: min == null && max == null ? null : { min, max, currency: values.currency, period: values.period as SalaryPeriod },
      tags: values.tags
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      applyUrl: values.applyUrl.trim() || null,
      description: values.description,
      validThrough: values.validThrough ? new Date(`${values.validThrough}T23:59:59Z`).toISOString() : null,
    };
  }

  async function send(event: FormEvent, andSubmit: boolean) {
    event.preventDefault();
    saving.reset();
    submitting.reset();
    const problems = problemsOf(values, andSubmit);
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      const result = await save({ variables: { id: postingId, input: input() } });
      const savedId = result.data!.savePosting.posting.id;
      setPostingId(savedId);
      const status = result.data!.savePosting.posting.status;
      if (!andSubmit || status !== "DRAFT") {
        return setSaved(
          status === "DRAFT"
            ? "Draft saved. It stays private until you submit it."
            : status === "REJECTED"
              ? "Saved. Resubmit it from your dashboard when it is ready."
              : "Saved. It is still waiting for review.",
        );
      }
      const order = (await submitPosting({ variables: { id: savedId, plan: values.plan } })).data!.submitPosting.order;
      setIssued(order.invoiceNumber);
      setSaved(
        `Submitted on ${order.planName}. Invoice ${order.invoiceNumber} (${formatPrice(order.price)}) is on its way; ` +
          (options.data?.myCompany?.verified
            ? "your posting goes live as soon as it is paid."
            : "once it is paid, we review your posting before it goes live."),
      );
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  if (!options.data || (editing && !existing.data)) return null;
  if (editing && !loaded) return <p className="muted">This posting isn't one of yours, or it can no longer be edited.</p>;
  if (editing && filledFrom !== loaded?.id) return null;
  const { jobCategories, locations, plans, myCompany } = options.data;
  const busy = saving.loading || submitting.loading;
  const control = (field: FieldName, hint?: string) => controlProps(id, field, { hint, error: errors[field] });
  const select = (field: "category" | "seniority" | "employmentType" | "remote", label: string, choices: [string, string][]) => (
    <Field id={`${id}-${field}`} label={label} error={errors[field]}>
      <select {...control(field)} className="input" value={values[field]} onChange={(e) => set(field, e.target.value)}>
        {field === "category" && <option value="">Choose…</option>}
        {choices.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <div className={styles.postLayout}>
      <form className={styles.form} onSubmit={(e) => void send(e, true)} noValidate aria-label="Job posting">
        <FormError>{formError}</FormError>
        {saved && (
          <Notice>
            {saved}
            {issued && saved.includes(issued) && (
              <>
                {" "}
                <Link to={invoicePath(issued)}>See the invoice</Link>
              </>
            )}
          </Notice>
        )}
        <Field id={`${id}-title`} label="Job title" error={errors.title}>
          <input
            {...control("title")}
            className="input"
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            maxLength={API_LIMITS.posting.title}
          />
        </Field>
        {select(
          "category",
          "Category",
          jobCategories.map((c) => [c.slug, c.name]),
        )}
        <div className={styles.row}>
          {select("seniority", "Seniority", Object.entries(SENIORITY_LABELS))}
          {select("employmentType", "Employment type", Object.entries(EMPLOYMENT_TYPE_LABELS))}
          {select("remote", "Remote", Object.entries(REMOTE_LABELS))}
        </div>
        <fieldset className={styles.fieldset} aria-describedby={errors.locations ? `${id}-locations-error` : undefined}>
          <legend className="form-field__label">Locations</legend>
          <div className={styles.checks}>
            {locations.map((l) => (
              <label key={l.slug} className={styles.check}>
                <input
                  type="checkbox"
                  checked={values.locations.includes(l.slug)}
                  onChange={(e) =>
                    set("locations", e.target.checked ? [...values.locations, l.slug] : values.locations.filter((s) => s !== l.slug))
                  }
                />
                {l.city}
              </label>
            ))}
          </div>
          {errors.locations && (
            <p id={`${id}-locations-error`} className="form-field__error">
              {errors.locations}
            </p>
          )}
        </fieldset>
        <Field id={`${id}-salary`} label="Salary (optional)" error={errors.salary} hint="A range, a minimum or a maximum, in whole units.">
          <div className={styles.row}>
            <input
              {...control("salary", "hint")}
              className="input"
              inputMode="numeric"
              placeholder="Min"
              aria-label="Minimum salary"
              value={values.salaryMin}
              onChange={(e) => set("salaryMin", e.target.value, "salary")}
            />
            <input
              className="input"
              inputMode="numeric"
              placeholder="Max"
              aria-label="Maximum salary"
              value={values.salaryMax}
              onChange={(e) => set("salaryMax", e.target.value, "salary")}
            />
            <select
              className="input"
              aria-label="Currency"
              value={values.currency}
              onChange={(e) => set("currency", e.target.value, "salary")}
            >
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            <select className="input" aria-label="Per" value={values.period} onChange={(e) => set("period", e.target.value, "salary")}>
              <option value="YEAR">a year</option>
              <option value="MONTH">a month</option>
              <option value="HOUR">an hour</option>
            </select>
          </div>
        </Field>
        <Field id={`${id}-tags`} label="Skills and tags" hint="Separated by commas, e.g. PyTorch, RAG, LLM." error={errors.tags}>
          <input {...control("tags", "hint")} className="input" value={values.tags} onChange={(e) => set("tags", e.target.value)} />
        </Field>
        <Field id={`${id}-applyUrl`} label="Where to apply" hint="Your job page (https://…) or an email address." error={errors.applyUrl}>
          <input
            {...control("applyUrl", "hint")}
            className="input"
            value={values.applyUrl}
            onChange={(e) => set("applyUrl", e.target.value)}
          />
        </Field>
        <Field
          id={`${id}-description`}
          label="Description"
          hint="Markdown: ## headings, **bold**, lists, links."
          error={errors.description}
        >
          <textarea
            {...control("description", "hint")}
            className="input"
            rows={10}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
          />
        </Field>
        <Field id={`${id}-validThrough`} label="Last day (optional)" hint="The plan's days end it otherwise." error={errors.validThrough}>
          <input
            {...control("validThrough", "hint")}
            className="input"
            type="date"
            value={values.validThrough}
            onChange={(e) => set("validThrough", e.target.value)}
          />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className="form-field__label">Plan</legend>
          <div className={styles.checks}>
            {plans.map((p) => (
              <label key={p.slug} className={styles.check}>
                <input
                  type="radio"
                  name={`${id}-plan`}
                  value={p.slug}
                  checked={values.plan === p.slug}
                  onChange={() => set("plan", p.slug)}
                />
                {p.name} · {formatPrice(p.price)} · {p.durationDays} days
              </label>
            ))}
          </div>
          {errors.plan && <p className="form-field__error">{errors.plan}</p>}
        </fieldset>
        <div className={styles.actions}>
          {(!loaded || loaded.status === "DRAFT") && (
            <button type="submit" className="button" disabled={busy} aria-busy={busy}>
              Submit and get the invoice
            </button>
          )}
          <button type="button" className="button button--secondary" disabled={busy} onClick={(e) => void send(e, false)}>
            {!loaded || loaded.status === "DRAFT" ? "Save draft" : "Save changes"}
          </button>
        </div>
      </form>
      <section className={`card ${styles.preview}`} aria-label="Preview of the job page">
        <p className={styles.previewLabel}>Preview: the job page as applicants will see it</p>
        <JobPagePreview
          job={{
            title: values.title,
            company: {
              name: myCompany?.name ?? "",
              slug: myCompany?.slug ?? "",
              logoUrl: myCompany?.logoUrl ?? null,
              verified: myCompany?.verified ?? false,
            },
            category: jobCategories.find((c) => c.slug === values.category) ?? null,
            seniority: values.seniority,
            employmentType: values.employmentType,
            remote: values.remote,
            locations: locations.filter((l) => values.locations.includes(l.slug)),
            salary: { min: whole(values.salaryMin), max: whole(values.salaryMax), currency: values.currency, period: values.period },
            tags: input().tags ?? [],
            descriptionHtml: markdown.trim() ? (preview.data?.descriptionPreview ?? preview.previousData?.descriptionPreview ?? "") : "",
            validThrough: values.validThrough ? new Date(`${values.validThrough}T23:59:59Z`).toISOString() : null,
          }}
        />
      </section>
    </div>
  );
}
