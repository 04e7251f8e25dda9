import { createHash } from "node:crypto";
import type { AlertCriteria } from "./alert.entity";

/** The search fields as a client sends them (AlertCriteriaInput) or as an older row stored them. */
export type CriteriaFields = { [K in keyof AlertCriteria]?: AlertCriteria[K] | null };

/** A set as a list: trimmed, without blanks or repeats, sorted, so the same set always reads the same. */
function set<T extends string>(list: readonly T[] | null | undefined, lower = false): T[] {
  const values = (list ?? []).map((v) => (lower ? v.trim().toLowerCase() : v.trim()) as T).filter(Boolean);
  return [...new Set(values)].sort();
}

/**
 * The criteria as stored: lists are sets (any order, repeats and the case of slugs and tags do not
 * change a search), blanks in the query are collapsed, and a salary without a currency is in USD.
 * Pure, so the migration that keyed older rows uses it too.
 */
export function canonicalCriteria(input: CriteriaFields): AlertCriteria {
  return {
    query: input.query?.trim().replace(/\s+/g, " ") || null,
    categories: set(input.categories, true),
    seniorities: set(input.seniorities),
    employmentTypes: set(input.employmentTypes),
    remote: set(input.remote),
    locations: set(input.locations, true),
    companies: set(input.companies, true),
    tags: set(input.tags, true),
    salaryMin: input.salaryMin ?? null,
    salaryCurrency: input.salaryMin != null ? (input.salaryCurrency?.toUpperCase() ?? "USD") : null,
  };
}

/**
 * The identity of a search (with the email, the alert's unique key): SHA-256 of the canonical
 * criteria in a fixed field order. The query's case is left out, as the text search ignores it.
 */
export function criteriaHash(criteria: AlertCriteria): string {
  const c = canonicalCriteria(criteria);
  const fields = [
    c.query?.toLowerCase() ?? null,
    c.categories,
    c.seniorities,
    c.employmentTypes,
    c.remote,
    c.locations,
    c.companies,
    c.tags,
    c.salaryMin,
    c.salaryCurrency,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}
