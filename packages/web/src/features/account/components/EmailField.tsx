import { Field } from "../../../shared/ui/FormField";

/** An email address field, set up for addresses (keyboard, no capitals or spell-check, autofill); `error` shows beneath it. */
export function EmailField({
  id,
  label = "Email address",
  value,
  onChange,
  error,
}: {
  id: string;
  label?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
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
        aria-describedby={error ? `${id}-error` : undefined}
        required
      />
    </Field>
  );
}
