import type { TypedDocumentNode } from "@apollo/client";
import { parse } from "graphql";
import type { JobFilter, SalaryStatsFieldsFragment } from "../../../generated/graphql";

export interface SalaryGroup {
  key: string;
  label: string;
  filter: JobFilter;
  to?: string;
}

type Result = Record<string, SalaryStatsFieldsFragment>;
type Variables = Record<string, JobFilter | string>;

/**
 * One request for the salary figures of many groups (e.g. every category, or every city): `salaryStats`
 * once per group under an alias, each with its own filter variable. The groups come from the API
 * (categories and cities change), so this document is built at run time; its fields are those of the
 * generated `SalaryStatsFields` fragment.
 */
export function salaryGroupsQuery(name: string, groups: readonly SalaryGroup[]): { document: TypedDocumentNode<Result, Variables>; variables: Variables; alias: (i: number) => string } {
  const alias = (i: number) => `g${i}`;
  const defs = groups.map((_, i) => `$f${i}: JobFilter`).join(", ");
  const fields = groups.map((_, i) => `${alias(i)}: salaryStats(filter: $f${i}, currency: $currency) { ...SalaryStatsFields }`).join("\n");
  const source = `query ${name}($currency: String!${defs ? `, ${defs}` : ""}) {\n${fields || "__typename"}\n}\nfragment SalaryStatsFields on SalaryStats { currency median p25 p75 period sampleSize }`;
  const variables: Variables = {};
  groups.forEach((g, i) => (variables[`f${i}`] = g.filter));
  return { document: parse(source) as TypedDocumentNode<Result, Variables>, variables, alias };
}

/** The widest p75 (or median) among rows, for scaling bars; at least 1. */
export function chartMax(rows: readonly (SalaryStatsFieldsFragment | null | undefined)[]): number {
  return Math.max(1, ...rows.map((r) => r?.p75 ?? r?.median ?? 0));
}

/** A percentage of `max`, clamped to 0–100 and rounded to 0.1. */
export function percentOf(value: number | null | undefined, max: number): number {
  if (value == null || max <= 0) return 0;
  return Math.round(Math.min(100, Math.max(0, (value / max) * 100)) * 10) / 10;
}
