import { FormError } from "../../../shared/ui/FormField";
import { EmailField, emailProblem } from "../../../shared/ui/EmailField";
import { Notice } from "../../../shared/ui/Notice";
import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import { formErrors } from "../../../shared/utils/formErrors";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError } from "../../../shared/utils/formErrors";
import { PasswordField } from "./PasswordField";
import styles from "./forms.module.css";

const ChangeEmailMutation = graphql(`
  mutation ChangeEmailMutation($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      message
    }
  }
`);

const FIELDS = ["newEmail", "password"] as const;

/** A new address and the current password: a link goes to the new address, and the email changes when it is followed. */
export function ChangeEmailForm() {
  const id = useId();
  const [newEmail, setNewEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [changeEmail, { loading, error, data, reset }] = useMutation(ChangeEmailMutation);
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const problems = { newEmail: emailProblem(newEmail), password: password ? undefined : "Enter your current password." };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      await changeEmail({ variables: { input: { newEmail: newEmail.trim(), password } } });
      setSentTo(newEmail.trim());
      setNewEmail("");
      setPassword("");
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  return (
    <form className={`${styles.form} ${styles.inline}`} onSubmit={(e) => void submit(e)} noValidate aria-label="Change email">
      <FormError>{formError}</FormError>
      {data && sentTo && (
        <Notice>
          {data.changeEmail.message} It went to <strong>{sentTo}</strong>; your address changes when you follow it.
        </Notice>
      )}
      <EmailField
        id={`${id}-newEmail`}
        label="New email address"
        value={newEmail}
        onChange={(value) => {
          setNewEmail(value);
          onEdit("newEmail");
        }}
        error={errors.newEmail}
      />
      <PasswordField
        id={`${id}-password`}
        label="Current password"
        value={password}
        onChange={(value) => {
          setPassword(value);
          onEdit("password");
        }}
        autoComplete="current-password"
        error={errors.password}
      />
      <button type="submit" className={`button ${styles.submit}`} disabled={loading} aria-busy={loading}>
        {loading ? "Sending…" : "Send confirmation link"}
      </button>
    </form>
  );
}
