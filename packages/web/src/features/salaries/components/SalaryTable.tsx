import { Link } from "react-router";
import { graphql } from "../../../generated";
import type { SalaryStatsFieldsFragment } from "../../../generated/graphql";
import { formatMoney } from "../../../shared/utils/format";
import { chartMax, percentOf } from "../utils/salaryChart";
import styles from "./SalaryTable.module.css";

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
 * The figures are in the table's cells; the bars are decoration for sighted readers. On a phone each row
 * stacks into two lines (SalaryTable.module.css) so that every column stays in view.
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
  // A normal space after a currency code ("SGD 370.1k"), so that a narrow cell can wrap there.
  const money = (n: number | null | undefined) => (n == null ? "—" : formatMoney(n, currency).replace(/\u00a0/g, " "));
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col" className={styles.chartCol}>
              <span className="visually-hidden">Range chart</span>
            </th>
            <th scope="col" className={styles.num}>
              25th pct.
            </th>
            <th scope="col" className={styles.num}>
              Median
            </th>
            <th scope="col" className={styles.num}>
              75th pct.
            </th>
            <th scope="col" className={styles.num}>
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
                <td className={styles.chartCol} aria-hidden="true">
                  {hasData && (
                    <span className={styles.bar}>
                      <span className={styles.barRange} style={{ left: `${left}%`, width: `${Math.max(1, right - left)}%` }} />
                      <span className={styles.barMedian} style={{ left: `${percentOf(s?.median, max)}%` }} />
                    </span>
                  )}
                </td>
                <td className={styles.num}>{hasData ? money(s?.p25) : "—"}</td>
                <td className={`${styles.num} ${styles.median}`}>{hasData ? money(s?.median) : "—"}</td>
                <td className={styles.num}>{hasData ? money(s?.p75) : "—"}</td>
                <td className={styles.num}>{s ? s.sampleSize.toLocaleString("en-US") : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
