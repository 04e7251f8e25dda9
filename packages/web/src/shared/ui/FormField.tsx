import type { ReactNode } from "react";
import styles from "./FormField.module.css";

/**
 * The ids a field's control lists in `aria-describedby`: its hint (`<id>-hint`) and its error
 * (`<id>-error`), as `Field` renders them; undefined when it has neither.
 */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * The attributes of a form's control for `field`: its id (`<prefix>-<field>`, as `Field` and `focusFirstError`
 * expect), `aria-invalid` while it has an error, and `aria-describedby` naming its hint and error.
 */
export function controlProps(prefix: string, field: string, { hint, error }: { hint?: unknown; error?: string }) {
  const id = `${prefix}-${field}`;
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, { hint, error }) } as const;
}

/**
 * A labelled form field with an optional hint and its error (the control is `children`, with id `id`).
 * `aside` sits at the end of the label's line (e.g. a "Forgot password?" link).
 */
export function Field({
  id,
  label,
  error,
  hint,
  aside,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) {
  const labelElement = (
    <label className="form-field__label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`form-field${error ? " has-error" : ""}`}>
      {aside ? (
        <div className={styles.labelRow}>
          {labelElement}
          {aside}
        </div>
      ) : (
        labelElement
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}

/** A field's error message, announced when it appears. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field-error" id={id} role="alert">
      {children}
    </p>
  );
}

/** A form's own error (not any one field's), announced when it appears; nothing when there is none. */
export function FormError({ id, children }: { id?: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="form-error" role="alert" id={id}>
      {children}
    </p>
  );
}
