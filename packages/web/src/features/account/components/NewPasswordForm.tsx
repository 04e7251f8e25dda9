import { useId, useState, type FormEvent } from "react";
import { FormError } from "../../../shared/ui/FormField";
import { formErrors } from "../../../shared/utils/formErrors";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError } from "../../../shared/utils/formErrors";
import { PASSWORD_MIN_LENGTH } from "../utils/passwordHint";
import { PasswordField } from "./PasswordField";
import styles from "./forms.module.css";

const FIELDS = ["password"] as const;

/** Choosing a new password from an emailed reset link. A spent or expired link is said above the field. */
export function NewPasswordForm({
  onSubmit,
  loading,
  error,
}: {
  onSubmit: (password: string) => Promise<unknown>;
  loading: boolean;
  error: unknown;
}) {
  const id = useId();
  const [password, setPassword] = useState("");
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      password: [...password].length < PASSWORD_MIN_LENGTH ? `Use at least ${PASSWORD_MIN_LENGTH} characters.` : undefined,
    };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      await onSubmit(password);
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <FormError>{formError}</FormError>
      <PasswordField
        id={`${id}-password`}
        label="New password"
        value={password}
        onChange={(value) => {
          setPassword(value);
          onEdit("password");
        }}
        autoComplete="new-password"
        error={errors.password}
      />
      <button type="submit" className={`button button--large ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {loading ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
