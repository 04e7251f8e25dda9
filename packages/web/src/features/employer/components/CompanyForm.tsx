import { useApolloClient, useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import { Field, FormError, describedBy } from "../../../shared/ui/FormField";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError, formErrors } from "../../../shared/utils/formErrors";
import styles from "./Employer.module.css";
import { LogoUpload, uploadPickedLogo } from "./LogoUpload";
import { Notice } from "../../../shared/ui/Notice";
import {
  BILLING_FIELDS,
  BillingFields,
  billingInput,
  billingProblems,
  billingValues,
  type BillingField,
  type BillingValues,
} from "./BillingFields";

const CreateCompanyMutation = graphql(`
  mutation CreateCompanyMutation($input: CompanyProfileInput!) {
    createCompany(input: $input) {
      company {
        id
        slug
        name
      }
    }
  }
`);

const UpdateCompanyMutation = graphql(`
  mutation UpdateCompanyMutation($input: CompanyProfileInput!) {
    updateCompany(input: $input) {
      company {
        id
        slug
        name
        website
        headquarters
        size
        description
      }
    }
  }
`);

/** A company as the form edits it: its profile and the billing details its invoices are made out to. */
export interface EditedCompany {
  name: string;
  website: string | null;
  headquarters: string | null;
  size: string | null;
  description: string | null;
  billing: Parameters<typeof billingValues>[0];
}

const FIELDS = ["name", "website", "headquarters", "size", "description"] as const;
type FieldName = (typeof FIELDS)[number];
/** Every field an error may name, in the form's order: the profile's, then the billing details'. */
const ALL_FIELDS = [...FIELDS, ...BILLING_FIELDS] as const;
const LABELS: Record<FieldName, string> = {
  name: "Company name",
  website: "Website",
  headquarters: "Headquarters",
  size: "Size",
  description: "About the company (Markdown)",
};
const HINTS: Partial<Record<FieldName, string>> = {
  website: "An https:// address.",
  headquarters: "e.g. Berlin, Germany",
  size: "Head count, e.g. 51-200",
  description: "Markdown: **bold**, lists, [links](https://example.com). Shown on your company page.",
};

/**
 * The company's profile and billing details: made by an employer who has none yet (they post for it
 * from then on), or, given `company`, changed by its employers.
 */
export function CompanyForm({ onCreated, company }: { onCreated?: () => void; company?: EditedCompany }) {
  const id = useId();
  const [values, setValues] = useState<Record<FieldName, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, company?.[f] ?? ""])) as Record<FieldName, string>,
  );
  const [createCompany, creating] = useMutation(CreateCompanyMutation);
  const [updateCompany, updating] = useMutation(UpdateCompanyMutation, {
    refetchQueries: ["CompanyProfileSectionQuery", "EmployerDashboardQuery"],
  });
  const { loading, error } = company ? updating : creating;
  const { errors, formError, onEdit, check } = useFormErrors(error, ALL_FIELDS);
  const [billing, setBilling] = useState<BillingValues>(() => billingValues(company?.billing ?? null));
  const [saved, setSaved] = useState(false);
  const [logo, setLogo] = useState<File | null>(null);
  const client = useApolloClient();

  async function submit(event: FormEvent) {
    event.preventDefault();
    creating.reset();
    updating.reset();
    setSaved(false);
    const website = values.website.trim();
    const problems = {
      name: values.name.trim() ? undefined : "Enter your company's name.",
      website: website && !/^https:\/\/\S+\.\S+/.test(website) ? "Use an https:// address, e.g. https://example.com." : undefined,
    };
    const billingChecks = billingProblems(billing);
    if (!check({ ...problems, ...billingChecks })) return focusFirstError(id, ALL_FIELDS, { ...problems, ...billingChecks });
    try {
      const input = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || null])) as Record<FieldName, string | null>;
      const profile = { ...input, name: values.name.trim(), billing: billingInput(billing, company?.billing != null) };
      if (company) {
        await updateCompany({ variables: { input: profile } });
        return setSaved(true);
      }
      await createCompany({ variables: { input: profile } });
      if (logo) await uploadPickedLogo(client, logo);
      onCreated?.();
    } catch (e) {
      focusFirstError(id, ALL_FIELDS, formErrors(e, ALL_FIELDS).byField);
    }
  }

  const change = (field: FieldName) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    onEdit(field);
    setSaved(false);
  };
  const changeBilling = (field: BillingField, value: string) => {
    setBilling((v) => ({ ...v, [field]: value }));
    onEdit(field);
    setSaved(false);
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Company profile">
      <FormError>{formError}</FormError>
      {saved && <Notice>Saved. New invoices carry these details; issued ones keep theirs.</Notice>}
      {FIELDS.map((field) => {
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
            {field === "description" ? (
              <textarea {...props} rows={4} onChange={(e) => change(field)(e.target.value)} />
            ) : (
              <input {...props} type={field === "website" ? "url" : "text"} onChange={(e) => change(field)(e.target.value)} />
            )}
          </Field>
        );
      })}
      {!company && <LogoUpload company={null} onPick={setLogo} />}
      <BillingFields id={id} values={billing} errors={errors} onChange={changeBilling} />
      <button type="submit" className={`button ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {company ? (loading ? "Saving…" : "Save the company profile") : loading ? "Creating…" : "Create the company profile"}
      </button>
    </form>
  );
}
