import type { SalaryStatsFieldsFragment } from "../../../generated/graphql";

/** The widest p75 (or median) among rows, for scaling bars; at least 1. */
export function chartMax(rows: readonly (SalaryStatsFieldsFragment | null | undefined)[]): number {
  return Math.max(1, ...rows.map((r) => r?.p75 ?? r?.median ?? 0));
}

/** A percentage of `max`, clamped to 0–100 and rounded to 0.1. */
export function percentOf(value: number | null | undefined, max: number): number {
  if (value == null || max <= 0) return 0;
  return Math.round(Math.min(100, Math.max(0, (value / max) * 100)) * 10) / 10;
}
