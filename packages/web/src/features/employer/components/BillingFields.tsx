import type { BillingDetailsInput } from "../../../generated/graphql";
import { Field, describedBy } from "../../../shared/ui/FormField";
import styles from "./Employer.module.css";

/** The billing fields, named as the API names their errors (`input.billing.legalName` loses its `input.`). */
export const BILLING_FIELDS = ["billing.legalName", "billing.address", "billing.country", "billing.taxId", "billing.email"] as const;
export type BillingField = (typeof BILLING_FIELDS)[number];
export type BillingValues = Record<BillingField, string>;

export const NO_BILLING: BillingValues = {
  "billing.legalName": "",
  "billing.address": "",
  "billing.country": "",
  "billing.taxId": "",
  "billing.email": "",
};

const LABELS: Record<BillingField, string> = {
  "billing.legalName": "Legal name",
  "billing.address": "Billing address",
  "billing.country": "Country",
  "billing.taxId": "VAT or tax id (optional)",
  "billing.email": "Billing email (optional)",
};
const HINTS: Partial<Record<BillingField, string>> = {
  "billing.legalName": "As registered, e.g. Acme AI GmbH.",
  "billing.address": "One line per line: street, postcode and city.",
  "billing.taxId": "e.g. DE123456789",
  "billing.email": "Where invoices go, besides you.",
};

/** Billing details as the form holds them, from what the API has (`myBillingDetails`). */
export function billingValues(
  details: { legalName: string; addressLines: readonly string[]; country: string; taxId: string | null; email: string | null } | null,
): BillingValues {
  if (!details) return NO_BILLING;
  return {
    "billing.legalName": details.legalName,
    "billing.address": details.addressLines.join("\n"),
    "billing.country": details.country,
    "billing.taxId": details.taxId ?? "",
    "billing.email": details.email ?? "",
  };
}

const AUTOCOMPLETE: Partial<Record<BillingField, string>> = {
  "billing.legalName": "organization",
  "billing.country": "country-name",
  "billing.taxId": "off",
  "billing.email": "email",
};

const filled = (v: BillingValues) => BILLING_FIELDS.some((f) => v[f].trim());

/** The form's own checks, once any billing field is filled in (the API checks everything again). */
export function billingProblems(v: BillingValues): Partial<Record<BillingField, string>> {
  if (!filled(v)) return {};
  const email = v["billing.email"].trim();
  return {
    "billing.legalName": v["billing.legalName"].trim() ? undefined : "Enter the company's legal name.",
    "billing.address": v["billing.address"].trim() ? undefined : "Enter the billing address.",
    "billing.country": v["billing.country"].trim() ? undefined : "Enter the country.",
    "billing.email": email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? "Enter an email address, e.g. billing@example.com." : undefined,
  };
}

/** What the mutation sends: the details, or none (null when the form had some and they were all cleared). */
export function billingInput(v: BillingValues, had: boolean): BillingDetailsInput | null | undefined {
  if (!filled(v)) return had ? null : undefined;
  const text = (f: BillingField) => v[f].trim();
  return {
    legalName: text("billing.legalName"),
    address: text("billing.address"),
    country: text("billing.country"),
    taxId: text("billing.taxId") || null,
    email: text("billing.email") || null,
  };
}

/**
 * Who invoices are made out to, in the company form: legal name, address, country, and optionally a
 * VAT id and a billing email. Each invoice copies them when it is issued; left empty, invoices carry
 * the company's name and headquarters.
 */
export function BillingFields({
  id,
  values,
  errors,
  onChange,
}: {
  id: string;
  values: BillingValues;
  errors: Partial<Record<BillingField, string>>;
  onChange: (field: BillingField, value: string) => void;
}) {
  return (
    <fieldset className={styles.billing}>
      <legend className="form-field__label">Billing details</legend>
      <p className="hint">For your invoices. Each invoice keeps the details it was issued with.</p>
      {BILLING_FIELDS.map((field) => {
        const fieldId = `${id}-${field}`;
        const props = {
          id: fieldId,
          className: "input",
          value: values[field],
          "aria-invalid": errors[field] ? true : undefined,
          "aria-describedby": describedBy(fieldId, { hint: HINTS[field], error: errors[field] }),
        };
        return (
          <Field key={field} id={fieldId} label={LABELS[field]} hint={HINTS[field]} error={errors[field]}>
            {field === "billing.address" ? (
              <textarea {...props} rows={3} onChange={(e) => onChange(field, e.target.value)} />
            ) : (
              <input
                {...props}
                type={field === "billing.email" ? "email" : "text"}
                autoComplete={AUTOCOMPLETE[field]}
                onChange={(e) => onChange(field, e.target.value)}
              />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
