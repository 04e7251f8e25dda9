import { useCallback, useState } from "react";
import { formErrors } from "../utils/formErrors";

/**
 * A form's errors: its own checks (`check`, run on submit) and the API's answer to the last submission
 * (`error`), beside each field. A field's message goes away as soon as the field is edited; the API's
 * come back only with its next answer. `formError` is the message above the fields.
 */
export function useFormErrors<F extends string>(error: unknown, fields: readonly F[]) {
  const [own, setOwn] = useState<Partial<Record<F, string>>>({});
  // Fields edited since the last submission was sent: the API's messages about them are stale.
  const [edited, setEdited] = useState<ReadonlySet<F>>(() => new Set());
  const server = formErrors(error, fields);
  const errors: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const message = own[field] ?? (edited.has(field) ? undefined : server.byField[field]);
    if (message) errors[field] = message;
  }

  /** Call from a field's onChange. */
  const onEdit = useCallback((field: F) => {
    setOwn((prev) => (prev[field] === undefined ? prev : { ...prev, [field]: undefined }));
    setEdited((prev) => (prev.has(field) ? prev : new Set(prev).add(field)));
  }, []);

  /** Call on submit with the form's own findings (undefined where a field is fine); true when there are none, so send. */
  const check = useCallback((problems: Partial<Record<F, string | undefined>>) => {
    const found = Object.fromEntries(Object.entries(problems).filter(([, message]) => message)) as Partial<Record<F, string>>;
    setOwn(found);
    const ok = Object.keys(found).length === 0;
    if (ok) setEdited(new Set());
    return ok;
  }, []);

  return { errors, formError: server.formError, onEdit, check };
}
