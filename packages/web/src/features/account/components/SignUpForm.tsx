import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { FormError } from "../../../shared/ui/FormField";
import { EmailField, emailProblem } from "../../../shared/ui/EmailField";
import { formErrors } from "../../../shared/utils/formErrors";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError } from "../../../shared/utils/formErrors";
import { PASSWORD_MIN_LENGTH } from "../utils/passwordHint";
import { PasswordField } from "./PasswordField";
import { RoleChoice, type SignUpRole } from "./RoleChoice";
import styles from "./forms.module.css";

const FIELDS = ["role", "email", "password"] as const;
export interface SignUpValues {
  email: string;
  password: string;
  role: SignUpRole;
}

/**
 * Looking for work or hiring, email, and a new password with a strength hint. The length is checked
 * here; how guessable it is, by the API, whose message shows beside the password.
 */
export function SignUpForm({
  onSubmit,
  loading,
  error,
}: {
  onSubmit: (input: SignUpValues) => Promise<unknown>;
  loading: boolean;
  error: unknown;
}) {
  const id = useId();
  const [role, setRole] = useState<SignUpRole>("JOB_SEEKER");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      email: emailProblem(email),
      password: [...password].length < PASSWORD_MIN_LENGTH ? `Use at least ${PASSWORD_MIN_LENGTH} characters.` : undefined,
    };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      await onSubmit({ email: email.trim(), password, role });
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-describedby={formError ? `${id}-form-error` : undefined}>
      <FormError id={`${id}-form-error`}>{formError}</FormError>
      <RoleChoice
        value={role}
        onChange={(next) => {
          setRole(next);
          onEdit("role");
        }}
        error={errors.role}
      />
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
        autoComplete="new-password"
        email={email}
        error={errors.password}
      />
      <button type="submit" className={`button button--large ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {loading ? "Creating your account…" : "Create account"}
      </button>
      <p className="muted small">
        By creating an account you agree to our <Link to="/terms">terms</Link> and <Link to="/privacy">privacy policy</Link>.
      </p>
    </form>
  );
}
