import type { AlertFrequency } from "../../../generated/graphql";
import { FieldError } from "../../../shared/ui/FormField";

const FREQUENCIES: { value: AlertFrequency; label: string; hint: string }[] = [
  { value: "INSTANT", label: "Instant", hint: "As soon as a job is posted" },
  { value: "DAILY", label: "Daily", hint: "One email a day" },
  { value: "WEEKLY", label: "Weekly", hint: "One email a week" },
];

/** How often the alert emails: instant, daily or weekly. */
export function FrequencyField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: AlertFrequency;
  onChange: (frequency: AlertFrequency) => void;
  error?: string;
}) {
  return (
    <fieldset className="form-field">
      <legend className="form-field__label">How often</legend>
      <div className="segmented">
        {FREQUENCIES.map((f) => (
          <label key={f.value} className={`segmented__option${value === f.value ? " is-selected" : ""}`}>
            <input type="radio" name="frequency" value={f.value} checked={value === f.value} onChange={() => onChange(f.value)} />
            <span>
              <strong>{f.label}</strong>
              <small>{f.hint}</small>
            </span>
          </label>
        ))}
      </div>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}
