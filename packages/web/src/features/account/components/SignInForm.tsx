import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { FormError } from "../../../shared/ui/FormField";
import { EmailField, emailProblem } from "../../../shared/ui/EmailField";
import { ACCOUNT_PATHS } from "../../../shared/navigation";
import { formErrors } from "../../../shared/utils/formErrors";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError } from "../../../shared/utils/formErrors";
import { PasswordField } from "./PasswordField";
import styles from "./forms.module.css";

const FIELDS = ["email", "password"] as const;

/**
 * Email and password. A wrong password (the API's UNAUTHENTICATED names `input.password`) shows beside
 * the password; anything else (too many tries, a disabled account) above the fields.
 */
export function SignInForm({
  onSubmit,
  loading,
  error,
}: {
  onSubmit: (input: { email: string; password: string }) => Promise<unknown>;
  loading: boolean;
  error: unknown;
}) {
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = { email: emailProblem(email), password: password ? undefined : "Enter your password." };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      await onSubmit({ email: email.trim(), password });
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-describedby={formError ? `${id}-form-error` : undefined}>
      <FormError id={`${id}-form-error`}>{formError}</FormError>
      <EmailField
        id={`${id}-email`}
        value={email}
        onChange={(value) => {
          setEmail(value);
          onEdit("email");
        }}
        error={errors.email}
      />
      <PasswordField
        id={`${id}-password`}
        value={password}
        onChange={(value) => {
          setPassword(value);
          onEdit("password");
        }}
        autoComplete="current-password"
        error={errors.password}
        aside={<Link to={ACCOUNT_PATHS.forgotPassword}>Forgot password?</Link>}
      />
      <button type="submit" className={`button button--large ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {loading ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
