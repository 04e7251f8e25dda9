import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { seniorityLabel } from "../features/jobs/utils/labels";
import { CurrencySelect, currencyFrom } from "../features/salaries/components/CurrencySelect";
import { breakdownRows, SalaryTable } from "../features/salaries/components/SalaryTable";
import { salaryGroups, salaryStats } from "../features/salaries/utils/salaryGroups";
import { graphql } from "../generated";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { formatMoney } from "../shared/utils/format";
import styles from "./SalariesRoute.module.css";

const SalariesRouteQuery = graphql(`
  query SalariesRouteQuery($currency: String!) {
    overall: salaryStats(currency: $currency) {
      ...SalaryStatsFields
    }
    byCategory: salaryBreakdown(by: CATEGORY, currency: $currency) {
      value
      label
      stats {
        ...SalaryStatsFields
      }
    }
    bySeniority: salaryBreakdown(by: SENIORITY, currency: $currency) {
      value
      stats {
        ...SalaryStatsFields
      }
    }
    byCity: salaryBreakdown(by: LOCATION, currency: $currency) {
      value
      label
      stats {
        ...SalaryStatsFields
      }
    }
  }
`);

export function SalariesRoute() {
  const [params, setParams] = useSearchParams();
  const currency = currencyFrom(params);
  useDocumentMeta(
    "AI salaries",
    "What AI jobs pay: 25th percentile, median and 75th percentile salaries by category, seniority and city, from posted salary ranges.",
  );
  const result = useQuery(SalariesRouteQuery, { variables: { currency } });
  const data = result.data ?? result.previousData;
  const overall = salaryStats(data?.overall);

  return (
    <>
      <div className="page-intro">
        <h1>AI salaries</h1>
        <p className="muted">
          Percentiles of the midpoints of posted salary ranges for live AI jobs, annualised and converted to one currency.
        </p>
      </div>
      <CurrencySelect value={currency} onChange={(c) => setParams(c === "USD" ? {} : { currency: c })} />

      {result.error && !data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : !data ? (
        <div className="card">
          <SkeletonLines lines={6} label="Loading salaries" />
        </div>
      ) : (
        <>
          {overall && overall.median != null && (
            <div className={styles.statCards}>
              <div className={`card ${styles.stat}`}>
                <span className={styles.label}>Median</span>
                <span className={styles.value}>{formatMoney(overall.median, currency)}</span>
              </div>
              <div className={`card ${styles.stat}`}>
                <span className={styles.label}>Middle half</span>
                <span className={styles.value}>
                  {formatMoney(overall.p25 ?? 0, currency)}–{formatMoney(overall.p75 ?? 0, currency)}
                </span>
              </div>
              <div className={`card ${styles.stat}`}>
                <span className={styles.label}>Jobs with a salary</span>
                <span className={styles.value}>{overall.sampleSize.toLocaleString("en-US")}</span>
              </div>
            </div>
          )}
          <section className="section" aria-labelledby="by-category">
            <h2 id="by-category" className="section__title">
              By category
            </h2>
            <SalaryTable
              caption={`Yearly salary by category, ${currency}`}
              groupLabel="Category"
              rows={breakdownRows(salaryGroups(data.byCategory), (slug) => `/salaries/${slug}`)}
              currency={currency}
            />
          </section>
          <section className="section" aria-labelledby="by-seniority">
            <h2 id="by-seniority" className="section__title">
              By seniority
            </h2>
            <SalaryTable
              caption={`Yearly salary by seniority, ${currency}`}
              groupLabel="Seniority"
              rows={breakdownRows(salaryGroups(data.bySeniority, seniorityLabel), (v) => (v === "ENTRY" ? "/jobs/entry-level" : undefined))}
              currency={currency}
            />
          </section>
          <section className="section" aria-labelledby="by-city">
            <h2 id="by-city" className="section__title">
              By city
            </h2>
            <SalaryTable
              caption={`Yearly salary by city, ${currency}`}
              groupLabel="City"
              rows={breakdownRows(salaryGroups(data.byCity), (slug) => (slug === "remote" ? "/jobs/remote" : `/jobs/city/${slug}`))}
              currency={currency}
            />
          </section>
          <p className="muted small">
            Figures come from the salary ranges employers post. Jobs without a salary are left out. <Link to="/jobs">Browse jobs</Link>.
          </p>
        </>
      )}
    </>
  );
}
