import { useState, type ReactNode } from "react";
import { Field } from "../../../shared/ui/FormField";
import { PASSWORD_ADVICE, passwordHint } from "../utils/passwordHint";
import styles from "./PasswordField.module.css";

/**
 * A password field with a Show/Hide button. `autoComplete` tells password managers which password it is:
 * "current-password" to sign in, "new-password" to choose one (which also shows a strength hint under
 * the field, from `passwordHint`; `email` lets it warn about passwords made from the address).
 */
export function PasswordField({
  id,
  label = "Password",
  value,
  onChange,
  autoComplete,
  error,
  email,
  aside,
}: {
  id: string;
  label?: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  error?: string;
  email?: string;
  aside?: ReactNode;
}) {
  const [visible, setVisible] = useState(false);
  const choosing = autoComplete === "new-password";
  const hint = choosing ? passwordHint(value, email) : null;
  const describedBy = [choosing ? `${id}-strength` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <Field id={id} label={label} error={error} aside={aside}>
      <div className={styles.control}>
        <input
          id={id}
          className={`input ${styles.input}`}
          type={visible ? "text" : "password"}
          autoComplete={autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          required
        />
        <button
          type="button"
          className={styles.toggle}
          aria-controls={id}
          aria-label={visible ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
          onClick={() => setVisible(!visible)}
        >
          {visible ? "Hide" : "Show"}
        </button>
      </div>
      {choosing && (
        <div className={styles.strength} id={`${id}-strength`}>
          {hint ? (
            <>
              <span className={styles.meter} data-level={hint.level} aria-hidden="true">
                <span />
                <span />
                <span />
                <span />
              </span>
              {/* While the field shows an error, the error says what to do. */}
              {!error && (
                <span>
                  <strong className={styles.label} aria-live="polite">
                    {hint.label}
                  </strong>{" "}
                  <span className="muted">{hint.advice}</span>
                </span>
              )}
            </>
          ) : (
            <span className="muted">{PASSWORD_ADVICE}</span>
          )}
        </div>
      )}
    </Field>
  );
}
