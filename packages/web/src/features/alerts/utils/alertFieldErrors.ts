import { formErrorMessage } from "../../../shared/utils/formErrors";
import { fieldErrors } from "../../../shared/utils/graphqlErrors";

/** Field errors from `extensions.fields` (paths like "input.criteria.salaryMin"), keyed by the form's field names. */
export function alertFieldErrors(fields: Record<string, string>): { byField: Record<string, string>; other: string[] } {
  const known = [
    "email",
    "frequency",
    "timeZone",
    "sendHour",
    "sendWeekday",
    "query",
    "categories",
    "seniorities",
    "employmentTypes",
    "remote",
    "locations",
    "companies",
    "tags",
    "salaryMin",
    "salaryCurrency",
  ];
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const name = path
      .replace(/^input\./, "")
      .replace(/^criteria\./, "")
      .replace(/\.\d+$|\[\d+\]$/, "");
    if (known.includes(name) && !byField[name]) byField[name] = message;
    else other.push(message);
  }
  return { byField, other };
}

/**
 * What an alert form shows for a failed submission: the API's messages beside its fields, and the one
 * above them (a message for no field of the form, e.g. "You already have an alert for this search", or
 * `formErrorMessage` when no field is at fault).
 */
export function alertFormErrors(error: unknown): { byField: Record<string, string>; formError?: string } {
  if (!error) return { byField: {} };
  const { byField, other } = alertFieldErrors(fieldErrors(error));
  return { byField, formError: other[0] ?? (Object.keys(byField).length ? undefined : formErrorMessage(error)) };
}
