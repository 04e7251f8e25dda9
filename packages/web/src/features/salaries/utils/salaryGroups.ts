import { getFragmentData, type FragmentType } from "../../../generated";
import type { SalaryStatsFieldsFragment } from "../../../generated/graphql";
import { SalaryStatsFieldsFragmentDoc } from "../components/SalaryTable";

type StatsRef = FragmentType<typeof SalaryStatsFieldsFragmentDoc>;

/** Salary figures spread as `...SalaryStatsFields`, as the salary table and the page's summary read them. */
export function salaryStats(stats: StatsRef): SalaryStatsFieldsFragment;
export function salaryStats(stats: StatsRef | null | undefined): SalaryStatsFieldsFragment | null | undefined;
export function salaryStats(stats: StatsRef | null | undefined): SalaryStatsFieldsFragment | null | undefined {
  return getFragmentData(SalaryStatsFieldsFragmentDoc, stats);
}

/**
 * The groups of a salaryBreakdown in the shape the salary table's `breakdownRows` takes. Groups by an enum
 * (seniority, remote policy) are named by `labelOf` (features/jobs/utils/labels), so they ask the API for no label;
 * others (categories, cities) keep the API's name.
 */
export function salaryGroups(
  groups: readonly { value: string; label?: string; stats: StatsRef }[],
  labelOf?: (value: string) => string,
): { value: string; label: string; stats: SalaryStatsFieldsFragment }[] {
  return groups.map((g) => ({ value: g.value, label: labelOf ? labelOf(g.value) : (g.label ?? g.value), stats: salaryStats(g.stats) }));
}
