import { useId, useState, type FormEvent } from "react";
import { FormError } from "../../../shared/ui/FormField";
import { EmailField, emailProblem } from "../../../shared/ui/EmailField";
import { formErrors } from "../../../shared/utils/formErrors";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError } from "../../../shared/utils/formErrors";
import styles from "./forms.module.css";

const FIELDS = ["email"] as const;

/** One email address and a button: "Forgot password?" asks for a reset link with it. */
export function EmailForm({
  submitLabel,
  busyLabel,
  onSubmit,
  loading,
  error,
}: {
  submitLabel: string;
  busyLabel: string;
  onSubmit: (email: string) => Promise<unknown>;
  loading: boolean;
  error: unknown;
}) {
  const id = useId();
  const [email, setEmail] = useState("");
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);
  const emailError = errors.email;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = { email: emailProblem(email) };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      await onSubmit(email.trim());
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <FormError>{formError}</FormError>
      <EmailField
        id={`${id}-email`}
        value={email}
        onChange={(value) => {
          setEmail(value);
          onEdit("email");
        }}
        error={emailError}
      />
      <button type="submit" className={`button button--large ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {loading ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
