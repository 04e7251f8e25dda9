import { FormError } from "../../../shared/ui/FormField";
import { Notice } from "../../../shared/ui/Notice";
import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import { formErrors } from "../../../shared/utils/formErrors";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError } from "../../../shared/utils/formErrors";
import { PASSWORD_MIN_LENGTH } from "../utils/passwordHint";
import { PasswordField } from "./PasswordField";
import styles from "./forms.module.css";

const ChangePasswordMutation = graphql(`
  mutation ChangePasswordMutation($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      id
      ...SessionList_viewer
    }
  }
`);

const FIELDS = ["currentPassword", "newPassword"] as const;

/** Current and new password. The answer carries the sessions list, which loses every other session. */
export function ChangePasswordForm({ email }: { email: string }) {
  const id = useId();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [changePassword, { loading, error, data, reset }] = useMutation(ChangePasswordMutation);
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const problems = {
      currentPassword: current ? undefined : "Enter your current password.",
      newPassword: [...next].length < PASSWORD_MIN_LENGTH ? `Use at least ${PASSWORD_MIN_LENGTH} characters.` : undefined,
    };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      await changePassword({ variables: { input: { currentPassword: current, newPassword: next } } });
      setCurrent("");
      setNext("");
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  return (
    <form className={`${styles.form} ${styles.inline}`} onSubmit={(e) => void submit(e)} noValidate aria-label="Change password">
      <FormError>{formError}</FormError>
      {data && <Notice>Your password is changed. Every other browser signed in to your account was signed out.</Notice>}
      {/* For password managers: whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        id={`${id}-currentPassword`}
        label="Current password"
        value={current}
        onChange={(value) => {
          setCurrent(value);
          onEdit("currentPassword");
        }}
        autoComplete="current-password"
        error={errors.currentPassword}
      />
      <PasswordField
        id={`${id}-newPassword`}
        label="New password"
        value={next}
        onChange={(value) => {
          setNext(value);
          onEdit("newPassword");
        }}
        autoComplete="new-password"
        email={email}
        error={errors.newPassword}
      />
      <button type="submit" className={`button ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {loading ? "Changing password…" : "Change password"}
      </button>
    </form>
  );
}
