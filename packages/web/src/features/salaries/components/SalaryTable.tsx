import { Link } from "react-router";
import { graphql } from "../../../generated";
import type { SalaryStatsFieldsFragment } from "../../../generated/graphql";
import { formatMoney } from "../../../shared/utils/format";
import { chartMax, percentOf } from "../utils/salaryChart";

export const SalaryStatsFieldsFragmentDoc = graphql(`
  fragment SalaryStatsFields on SalaryStats {
    currency
    median
    p25
    p75
    period
    sampleSize
  }
`);

/** A group of salaryBreakdown, in the shape the table reads. */
export function breakdownRows(
  groups: readonly { value: string; label: string; stats: SalaryStatsFieldsFragment }[],
  to?: (value: string) => string | undefined,
): SalaryRow[] {
  return groups.map((g) => ({ key: g.value, label: g.label, to: to?.(g.value), stats: g.stats }));
}

export interface SalaryRow {
  key: string;
  label: string;
  to?: string;
  stats: SalaryStatsFieldsFragment | null | undefined;
}

/**
 * Salary percentiles as a table with a bar in each row: the bar spans p25 to p75 and the tick marks the median.
 * The figures are in the table's cells; the bars are decoration for sighted readers.
 */
export function SalaryTable({
  caption,
  groupLabel,
  rows,
  currency,
}: {
  caption: string;
  groupLabel: string;
  rows: readonly SalaryRow[];
  currency: string;
}) {
  const max = chartMax(rows.map((r) => r.stats));
  const money = (n: number | null | undefined) => (n == null ? "—" : formatMoney(n, currency));
  return (
    <div className="salary-table-wrap">
      <table className="salary-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col" className="salary-table__chart-col">
              <span className="visually-hidden">Range chart</span>
            </th>
            <th scope="col" className="num">
              25th pct.
            </th>
            <th scope="col" className="num">
              Median
            </th>
            <th scope="col" className="num">
              75th pct.
            </th>
            <th scope="col" className="num">
              Jobs
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const s = row.stats;
            const hasData = Boolean(s && s.sampleSize > 0 && s.median != null);
            const left = percentOf(s?.p25 ?? s?.median, max);
            const right = percentOf(s?.p75 ?? s?.median, max);
            return (
              <tr key={row.key}>
                <th scope="row">{row.to ? <Link to={row.to}>{row.label}</Link> : row.label}</th>
                <td className="salary-table__chart-col" aria-hidden="true">
                  {hasData && (
                    <span className="salary-bar">
                      <span className="salary-bar__range" style={{ left: `${left}%`, width: `${Math.max(1, right - left)}%` }} />
                      <span className="salary-bar__median" style={{ left: `${percentOf(s?.median, max)}%` }} />
                    </span>
                  )}
                </td>
                <td className="num">{hasData ? money(s?.p25) : "—"}</td>
                <td className="num salary-table__median">{hasData ? money(s?.median) : "—"}</td>
                <td className="num">{hasData ? money(s?.p75) : "—"}</td>
                <td className="num">{s ? s.sampleSize.toLocaleString("en-US") : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
