import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql, type FragmentType } from "../../../generated";
import type { AlertRefInput } from "../../../generated/graphql";
import { FormError } from "../../../shared/ui/FormField";
import { Notice } from "../../../shared/ui/Notice";
import { alertFormErrors } from "../utils/alertFieldErrors";
import type { AlertCriteriaFieldsFragment } from "./AlertCriteriaFields";
import { AlertSettingsFields, alertSettingsInput, type AlertSettings } from "./AlertSettingsFields";

const UpdateAlertMutation = graphql(`
  mutation UpdateAlertMutation($input: UpdateAlertInput!) {
    updateAlert(input: $input) {
      alert {
        id
        ...AlertManager_alert
      }
    }
  }
`);

/** An alert's settings to change and save (`target`: a manage link's token, or its id signed in); the answer updates the cached alert. */
export function AlertEditForm({
  target,
  initial,
  options,
}: {
  target: AlertRefInput;
  /** The alert's settings as they are now. */
  initial: AlertSettings;
  options: FragmentType<typeof AlertCriteriaFieldsFragment> | undefined;
}) {
  const id = useId();
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [updateAlert, { loading, error, reset }] = useMutation(UpdateAlertMutation);
  const { byField, formError } = alertFormErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await updateAlert({ variables: { input: { ...target, ...alertSettingsInput(settings) } } });
      setSaved(true);
    } catch {
      // Shown from `error` beside the fields.
    }
  }

  return (
    <form
      className="alert-form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-heading`}
      aria-describedby={formError ? `${id}-general` : undefined}
    >
      <h2 id={`${id}-heading`} className="alert-form__heading">
        Change this alert
      </h2>
      <FormError id={`${id}-general`}>{formError}</FormError>
      <AlertSettingsFields
        id={id}
        settings={settings}
        onChange={(next) => {
          setSettings(next);
          setSaved(false);
          reset();
        }}
        errors={byField}
        options={options}
      />
      {saved && <Notice>Your changes are saved. The next email follows them.</Notice>}
      <p>
        <button type="submit" className="button button--large" disabled={loading} aria-busy={loading}>
          {loading ? "Saving…" : "Save changes"}
        </button>
      </p>
    </form>
  );
}
