import type { ReactNode } from "react";
import { describedBy, Field } from "./FormField";

/**
 * An email address field, set up for addresses (keyboard, no capitals or spell-check, autofill);
 * `hint` shows above it and `error` beneath it.
 */
export function EmailField({
  id,
  label = "Email address",
  value,
  onChange,
  error,
  hint,
}: {
  id: string;
  label?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        className="input"
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, { hint, error })}
        required
      />
    </Field>
  );
}

/** Why an email address can't be sent, checked before asking the API (which checks it again). */
export function emailProblem(email: string): string | undefined {
  const trimmed = email.trim();
  if (!trimmed) return "Enter your email address.";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return "Enter an email address like name@example.com.";
  return undefined;
}
