import type { Role } from "../../../generated/graphql";
import styles from "./RoleChoice.module.css";

/** The roles someone may sign up as (admins are made by other admins). */
export type SignUpRole = Extract<Role, "JOB_SEEKER" | "EMPLOYER">;

const ROLES: { value: SignUpRole; label: string; hint: string }[] = [
  { value: "JOB_SEEKER", label: "I'm looking for work", hint: "Save searches as alerts and keep track of jobs." },
  { value: "EMPLOYER", label: "I'm hiring", hint: "Post jobs and manage your company's profile." },
];

/** Sign-up's first question: looking for work, or hiring. */
export function RoleChoice({ value, onChange, error }: { value: SignUpRole; onChange: (role: SignUpRole) => void; error?: string }) {
  return (
    <fieldset className={`form-field${error ? " has-error" : ""}`}>
      <legend className="form-field__label">What brings you here?</legend>
      <div className={styles.options}>
        {ROLES.map((role) => (
          <label key={role.value} className={`${styles.option}${value === role.value ? ` ${styles.selected}` : ""}`}>
            <input type="radio" name="role" value={role.value} checked={value === role.value} onChange={() => onChange(role.value)} />
            <span className={styles.text}>
              <strong>{role.label}</strong>
              <small>{role.hint}</small>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
