import { useMutation } from "@apollo/client/react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import type { PlanInput } from "../../../generated/graphql";
import { Field, FieldError, FormError, controlProps } from "../../../shared/ui/FormField";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError, formErrors, tooLong } from "../../../shared/utils/formErrors";
import { slugProblem } from "../../../shared/utils/slug";
import { API_LIMITS, CURRENCIES } from "../../../shared/utils/apiLimits";
import { toMajorUnits, toMinorUnits } from "../utils/price";
import { PLAN_WRITE } from "./plansCache";
import styles from "./Admin.module.css";

/** The plan's fields the form edits, as the admins' table has them (AdminPlansQuery). */
export interface EditedPlan {
  id: string;
  slug: string;
  name: string;
  description: string;
  price: { amount: number; currency: string };
  durationDays: number;
  featuredDays: number;
  highlighted: boolean;
  inDigestTop: boolean;
  position: number;
  active: boolean;
}

const CreatePlanMutation = graphql(`
  mutation CreatePlanMutation($input: PlanInput!) {
    createPlan(input: $input) {
      plan {
        id
        name
      }
    }
  }
`);

const UpdatePlanMutation = graphql(`
  mutation UpdatePlanMutation($id: ID!, $input: PlanInput!) {
    updatePlan(id: $id, input: $input) {
      plan {
        id
        name
        active
      }
    }
  }
`);

const LIMITS = API_LIMITS.plan;

/** The form's fields in form order, named as PlanInput names them (so the API's field errors land beside them). */
const FIELDS = [
  "name",
  "slug",
  "description",
  "priceAmount",
  "priceCurrency",
  "durationDays",
  "featuredDays",
  "position",
  "highlighted",
  "inDigestTop",
  "active",
] as const;
type FieldName = (typeof FIELDS)[number];

interface Values {
  name: string;
  slug: string;
  description: string;
  price: string;
  currency: string;
  durationDays: string;
  featuredDays: string;
  position: string;
  highlighted: boolean;
  inDigestTop: boolean;
  active: boolean;
}

function valuesOf(plan: EditedPlan | null): Values {
  if (!plan) {
    return {
      name: "",
      slug: "",
      description: "",
      price: "",
      currency: "USD",
      durationDays: "30",
      featuredDays: "0",
      position: "0",
      highlighted: false,
      inDigestTop: false,
      active: true,
    };
  }
  return {
    name: plan.name,
    slug: plan.slug,
    description: plan.description,
    price: toMajorUnits(plan.price.amount, plan.price.currency),
    currency: plan.price.currency,
    durationDays: String(plan.durationDays),
    featuredDays: String(plan.featuredDays),
    position: String(plan.position),
    highlighted: plan.highlighted,
    inDigestTop: plan.inDigestTop,
    active: plan.active,
  };
}

/** A whole number typed in a field, or null when it isn't one. */
function wholeNumber(text: string): number | null {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : null;
}

/** A count of days or a position: why it is refused (the API's messages), or undefined when fine. */
function countProblem(text: string, { min, max, unit, missing }: { min: number; max: number; unit: string; missing?: string }) {
  if (!text.trim() && missing) return missing;
  const n = wholeNumber(text);
  if (n === null) return "Use a whole number.";
  if (n < min) return min === 1 ? "At least one day." : "Can't be negative.";
  if (n > max) return `At most ${max}${unit}.`;
  return undefined;
}

/** The form's own checks, in the API's words (it checks everything again). */
function problemsOf(v: Values, creating: boolean): Partial<Record<FieldName, string>> {
  const price = toMinorUnits(v.price, v.currency);
  const slug = v.slug.trim();
  const duration = countProblem(v.durationDays, { min: 1, max: LIMITS.durationDays, unit: " days", missing: "A plan needs a duration." });
  const featured =
    countProblem(v.featuredDays, { min: 0, max: LIMITS.durationDays, unit: " days" }) ??
    (!duration && Number(v.featuredDays) > Number(v.durationDays)
      ? `Can't be more than the plan's ${Number(v.durationDays)} days.`
      : undefined);
  return {
    name: !v.name.trim() ? "A plan needs a name." : tooLong(v.name, LIMITS.name),
    slug: !slug && creating ? undefined : (slugProblem(slug, "featured") ?? tooLong(slug, LIMITS.slug)),
    description: tooLong(v.description, LIMITS.description),
    priceAmount: "problem" in price ? price.problem : undefined,
    durationDays: duration,
    featuredDays: featured,
    position: countProblem(v.position, { min: 0, max: LIMITS.position, unit: "" }),
  };
}

function inputOf(v: Values): PlanInput {
  const price = toMinorUnits(v.price, v.currency);
  return {
    name: v.name.trim(),
    // A new plan with no slug gets one made from its name (an existing plan's is never empty: problemsOf).
    slug: v.slug.trim() || null,
    description: v.description.trim(),
    priceAmount: "amount" in price ? price.amount : null,
    priceCurrency: v.currency,
    durationDays: Number(v.durationDays),
    featuredDays: v.featuredDays.trim() ? Number(v.featuredDays) : 0,
    position: v.position.trim() ? Number(v.position) : 0,
    highlighted: v.highlighted,
    inDigestTop: v.inDigestTop,
    active: v.active,
  };
}

const HINTS: Partial<Record<FieldName, string>> = {
  slug: "Lower-case letters, digits and hyphens; partners and links use it.",
  description: `One or two sentences for the Pricing page; at most ${LIMITS.description} characters.`,
  priceAmount: "Per posting, in the currency's units, e.g. 349.00.",
  featuredDays: "Days on the home page and at the top of its category; 0 for none.",
  position: "Order on the Pricing page, lowest first.",
};

/**
 * A plan's every field, to change it (`plan`) or to add one (`plan` null). The price is typed in major
 * units ("349.00") and sent in the currency's minor units (34900); the form checks what the API would
 * refuse first, in its words, and shows the API's own answer beside the field it is about.
 */
export function PlanForm({ plan, onSaved, onCancel }: { plan: EditedPlan | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const id = useId();
  const creating = !plan;
  const [values, setValues] = useState<Values>(() => valuesOf(plan));
  const [createPlan, created] = useMutation(CreatePlanMutation, PLAN_WRITE);
  const [updatePlan, updated] = useMutation(UpdatePlanMutation, PLAN_WRITE);
  const error = created.error ?? updated.error;
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);
  const busy = created.loading || updated.loading;
  const heading = useRef<HTMLHeadingElement>(null);

  // Opened from the table: the form is where the admin works now.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: "nearest" });
    document.getElementById(`${id}-name`)?.focus({ preventScroll: true });
  }, [id, plan?.id]);

  const set = <K extends keyof Values>(key: K, value: Values[K], field: FieldName) => {
    setValues((v) => ({ ...v, [key]: value }));
    onEdit(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    created.reset();
    updated.reset();
    const problems = problemsOf(values, creating);
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      const input = inputOf(values);
      if (plan) {
        const result = await updatePlan({ variables: { id: plan.id, input } });
        onSaved(result.data!.updatePlan.plan.name);
      } else {
        const result = await createPlan({ variables: { input } });
        onSaved(result.data!.createPlan.plan.name);
      }
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  const control = (field: FieldName) => controlProps(id, field, { hint: HINTS[field], error: errors[field] });
  // Under the control (not above it, as Field puts it): side by side, the controls of a row line up.
  const hint = (field: FieldName) =>
    HINTS[field] && (
      <p className="hint" id={`${id}-${field}-hint`}>
        {HINTS[field]}
        {field === "slug" && creating ? " Left empty, it is made from the name." : ""}
      </p>
    );
  const text = (field: "name" | "slug", label: string) => (
    <Field id={`${id}-${field}`} label={label} error={errors[field]}>
      <input {...control(field)} className="input" value={values[field]} onChange={(e) => set(field, e.target.value, field)} />
      {hint(field)}
    </Field>
  );
  const count = (field: "durationDays" | "featuredDays" | "position", label: string) => (
    <Field id={`${id}-${field}`} label={label} error={errors[field]}>
      <input
        {...control(field)}
        className="input"
        inputMode="numeric"
        value={values[field]}
        onChange={(e) => set(field, e.target.value, field)}
      />
      {hint(field)}
    </Field>
  );
  const flag = (field: "highlighted" | "inDigestTop" | "active", label: string) => (
    <div className={styles.flag}>
      <input {...control(field)} type="checkbox" checked={values[field]} onChange={(e) => set(field, e.target.checked, field)} />
      <label htmlFor={`${id}-${field}`}>{label}</label>
      {errors[field] && <FieldError id={`${id}-${field}-error`}>{errors[field]}</FieldError>}
    </div>
  );

  const title = plan ? `Edit ${plan.name}` : "New plan";
  return (
    <section className={`card ${styles.planEditor}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} className={styles.editorTitle}>
        {title}
      </h2>
      <form className={styles.planForm} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <FormError>{formError}</FormError>
        <div className={styles.formRow}>
          {text("name", "Name")}
          {text("slug", creating ? "Slug (optional)" : "Slug")}
        </div>
        <Field id={`${id}-description`} label="Description" error={errors.description}>
          <textarea
            {...control("description")}
            className="input"
            rows={3}
            value={values.description}
            onChange={(e) => set("description", e.target.value, "description")}
          />
          {hint("description")}
        </Field>
        <div className={styles.formRow}>
          <Field id={`${id}-priceAmount`} label="Price" error={errors.priceAmount}>
            <input
              {...control("priceAmount")}
              className="input"
              inputMode="decimal"
              placeholder={toMajorUnits(34900, values.currency)}
              value={values.price}
              onChange={(e) => set("price", e.target.value, "priceAmount")}
            />
            {hint("priceAmount")}
          </Field>
          <Field id={`${id}-priceCurrency`} label="Currency" error={errors.priceCurrency}>
            <select
              {...control("priceCurrency")}
              className="input"
              value={values.currency}
              onChange={(e) => {
                set("currency", e.target.value, "priceCurrency");
                onEdit("priceAmount");
              }}
            >
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
        </div>
        <div className={styles.formRow}>
          {count("durationDays", "Duration (days)")}
          {count("featuredDays", "Featured (days)")}
          {count("position", "Position")}
        </div>
        <fieldset className={styles.flags}>
          <legend className="form-field__label">Perks and status</legend>
          {flag("highlighted", "Highlighted card in every list")}
          {flag("inDigestTop", "Top of the weekly alert digests")}
          {flag("active", "Offered to employers, on the Pricing page (untick to retire it)")}
        </fieldset>
        <div className={styles.formActions}>
          <button type="submit" className="button" disabled={busy} aria-busy={busy}>
            {busy ? "Saving…" : plan ? "Save changes" : "Create the plan"}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
