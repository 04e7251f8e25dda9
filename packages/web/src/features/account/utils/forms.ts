/** Small pieces the account forms share. */

/** Why an email address can't be sent, checked before asking the API (which checks it again). */
export function emailProblem(email: string): string | undefined {
  const trimmed = email.trim();
  if (!trimmed) return "Enter your email address.";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return "Enter an email address like name@example.com.";
  return undefined;
}

/** Puts the cursor in the first of `fields` (in form order) that has an error; the controls' ids are `<prefix>-<field>`. */
export function focusFirstError<F extends string>(prefix: string, fields: readonly F[], errors: Partial<Record<F, string>>): void {
  const first = fields.find((f) => errors[f]);
  if (first) document.getElementById(`${prefix}-${first}`)?.focus();
}
