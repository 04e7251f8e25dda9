/** Field errors from `extensions.fields` (paths like "input.criteria.salaryMin"), keyed by the form's field names. */
export function alertFieldErrors(fields: Record<string, string>): { byField: Record<string, string>; other: string[] } {
  const known = [
    "email",
    "frequency",
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
