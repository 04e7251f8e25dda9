import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import { Field, FormError, describedBy } from "../../../shared/ui/FormField";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError, formErrors } from "../../../shared/utils/formErrors";
import styles from "./Employer.module.css";

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

const FIELDS = ["name", "website", "headquarters", "size", "description"] as const;
type FieldName = (typeof FIELDS)[number];
const LABELS: Record<FieldName, string> = {
  name: "Company name",
  website: "Website",
  headquarters: "Headquarters",
  size: "Size",
  description: "About the company",
};
const HINTS: Partial<Record<FieldName, string>> = {
  website: "An https:// address.",
  headquarters: "e.g. Berlin, Germany",
  size: "Head count, e.g. 51-200",
};

/** The company's profile, made by an employer who has none yet: they post for it from then on. */
export function CompanyForm({ onCreated }: { onCreated: () => void }) {
  const id = useId();
  const [values, setValues] = useState<Record<FieldName, string>>({ name: "", website: "", headquarters: "", size: "", description: "" });
  const [createCompany, { loading, error, reset }] = useMutation(CreateCompanyMutation);
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const website = values.website.trim();
    const problems = {
      name: values.name.trim() ? undefined : "Enter your company's name.",
      website: website && !/^https:\/\/\S+\.\S+/.test(website) ? "Use an https:// address, e.g. https://example.com." : undefined,
    };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      const input = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || null])) as Record<FieldName, string | null>;
      await createCompany({ variables: { input: { ...input, name: values.name.trim() } } });
      onCreated();
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  const change = (field: FieldName) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    onEdit(field);
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Company profile">
      <FormError>{formError}</FormError>
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
      <button type="submit" className={`button ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {loading ? "Creating…" : "Create the company profile"}
      </button>
    </form>
  );
}
