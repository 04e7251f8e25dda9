/** What a form shows when a submission fails: messages beside its fields, and one above them. */
import { errorCodes, fieldErrors, firstMessage, graphQLErrors } from "./graphqlErrors";

/** The first numeric `extensions[name]` among the errors (e.g. RATE_LIMITED's `retryAfter`, in seconds). */
export function numericExtension(error: unknown, name: string): number | undefined {
  for (const e of graphQLErrors(error)) {
    const value = e.extensions?.[name];
    if (typeof value === "number" && Number.isFinite(value)) return value;
  }
  return undefined;
}

/**
 * An error's per-field messages sorted onto a form's fields: each path ("input.password",
 * "input.criteria.tags.0") loses the `prefixes` in order and any list index, and what is left is
 * matched against `known`. The first message for a field wins; messages for any other path go to `other`.
 */
export function formFieldErrors<F extends string>(
  error: unknown,
  known: readonly F[],
  prefixes: readonly string[] = ["input."],
): { byField: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    let name = path;
    for (const prefix of prefixes) if (name.startsWith(prefix)) name = name.slice(prefix.length);
    name = name.replace(/\.\d+$|\[\d+\]$/, "");
    const field = known.find((k) => k === name);
    if (field && !byField[field]) byField[field] = message;
    else other.push(message);
  }
  return { byField, other };
}

/**
 * What a form says above its fields when a submission fails for a reason that is not one field's:
 * in the product's words, never the transport's.
 */
export function formErrorMessage(error: unknown): string {
  const codes = errorCodes(error);
  if (codes.includes("RATE_LIMITED")) {
    const seconds = numericExtension(error, "retryAfter") ?? 60;
    if (seconds <= 60) return "Too many attempts — wait a minute and try again.";
    const minutes = Math.ceil(seconds / 60);
    return minutes <= 90 ? `Too many attempts — try again in ${minutes} minutes.` : "Too many attempts — try again later.";
  }
  if (codes.includes("SERVICE_UNAVAILABLE")) return "We can't reach our servers right now. Try again in a moment.";
  // A field's message, when the form has no place for that field (e.g. a spent link's "token").
  const fieldMessage = Object.values(fieldErrors(error))[0];
  if (fieldMessage) return fieldMessage;
  if (codes.includes("UNAUTHENTICATED")) return "You've been signed out. Sign in again to continue.";
  const message = firstMessage(error);
  if (message && codes.some((c) => c === "BAD_USER_INPUT" || c === "FORBIDDEN")) return message;
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  return offline ? "You seem to be offline. Check your connection and try again." : "Something went wrong. Please try again.";
}

/**
 * Everything a form shows for a failed submission: the messages beside its `known` fields, and the
 * one above them (messages for fields it hasn't got, or `formErrorMessage` when no field is at fault).
 */
export function formErrors<F extends string>(
  error: unknown,
  known: readonly F[],
  prefixes?: readonly string[],
): { byField: Partial<Record<F, string>>; formError?: string } {
  if (!error) return { byField: {} };
  const { byField, other } = formFieldErrors(error, known, prefixes);
  const formError = other[0] ?? (Object.keys(byField).length ? undefined : formErrorMessage(error));
  return { byField, formError };
}

/** Puts the cursor in the first of `fields` (in form order) that has an error; the controls' ids are `<prefix>-<field>`. */
export function focusFirstError<F extends string>(prefix: string, fields: readonly F[], errors: Partial<Record<F, string>>): void {
  const first = fields.find((f) => errors[f]);
  if (first) document.getElementById(`${prefix}-${first}`)?.focus();
}

/** What a form says of text (trimmed) longer than the API's limit for the field. */
export const tooLong = (text: string, max: number): string | undefined =>
  text.trim().length > max ? `Use at most ${max.toLocaleString("en")} characters.` : undefined;
