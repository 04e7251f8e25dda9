import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { CurrencySelect, currencyFrom } from "../features/salaries/components/CurrencySelect";
import { SalaryTable, type SalaryRow } from "../features/salaries/components/SalaryTable";
import { salaryGroupsQuery, type SalaryGroup } from "../features/salaries/utils/salaryQuery";
import { graphql } from "../generated";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { formatMoney, label, SENIORITY_LABELS } from "../shared/utils/format";

const SalariesRouteQuery = graphql(`
  query SalariesRouteQuery($currency: String!) {
    overall: salaryStats(currency: $currency) {
      ...SalaryStatsFields
    }
    intern: salaryStats(filter: { seniorities: [INTERN] }, currency: $currency) {
      ...SalaryStatsFields
    }
    entry: salaryStats(filter: { seniorities: [ENTRY] }, currency: $currency) {
      ...SalaryStatsFields
    }
    mid: salaryStats(filter: { seniorities: [MID] }, currency: $currency) {
      ...SalaryStatsFields
    }
    senior: salaryStats(filter: { seniorities: [SENIOR] }, currency: $currency) {
      ...SalaryStatsFields
    }
    lead: salaryStats(filter: { seniorities: [LEAD] }, currency: $currency) {
      ...SalaryStatsFields
    }
    principal: salaryStats(filter: { seniorities: [PRINCIPAL] }, currency: $currency) {
      ...SalaryStatsFields
    }
    executive: salaryStats(filter: { seniorities: [EXECUTIVE] }, currency: $currency) {
      ...SalaryStatsFields
    }
    jobCategories {
      id
      slug
      name
    }
    locations {
      id
      slug
      city
      jobCount
    }
  }
`);

const SENIORITY_KEYS = ["intern", "entry", "mid", "senior", "lead", "principal", "executive"] as const;

export function SalariesRoute() {
  const [params, setParams] = useSearchParams();
  const currency = currencyFrom(params);
  useDocumentMeta("AI salaries", "What AI jobs pay: 25th percentile, median and 75th percentile salaries by category, seniority and city, from posted salary ranges.");
  const base = useQuery(SalariesRouteQuery, { variables: { currency } });
  const data = base.data ?? base.previousData;

  // Categories and cities come from the API: their figures in one aliased request.
  const groups = useMemo<SalaryGroup[]>(() => {
    if (!data) return [];
    return [
      ...data.jobCategories.map((c) => ({ key: `category:${c.slug}`, label: c.name, filter: { categories: [c.slug] }, to: `/salaries/${c.slug}` })),
      ...data.locations.map((l) => ({ key: `city:${l.slug}`, label: l.city, filter: { locations: [l.slug] }, to: l.slug === "remote" ? "/jobs/remote" : `/jobs/city/${l.slug}` })),
    ];
  }, [data]);
  const grouped = useMemo(() => salaryGroupsQuery("SalariesByGroupQuery", groups), [groups]);
  const byGroup = useQuery(grouped.document, { variables: { ...grouped.variables, currency }, skip: groups.length === 0 });
  const groupData = byGroup.data ?? byGroup.previousData;

  const rowsFor = (prefix: string): SalaryRow[] =>
    groups.flatMap((g, i) => (g.key.startsWith(prefix) ? [{ key: g.key, label: g.label, to: g.to, stats: groupData?.[grouped.alias(i)] }] : []));
  const seniorityRows: SalaryRow[] = data
    ? SENIORITY_KEYS.map((k) => ({ key: k, label: label(SENIORITY_LABELS, k.toUpperCase()), stats: data[k], to: k === "entry" ? "/jobs/entry-level" : undefined }))
    : [];
  const overall = data?.overall;

  return (
    <>
      <div className="page-intro">
        <h1>AI salaries</h1>
        <p className="muted">Percentiles of the midpoints of posted salary ranges for live AI jobs, annualised and converted to one currency.</p>
      </div>
      <CurrencySelect value={currency} onChange={(c) => setParams(c === "USD" ? {} : { currency: c })} />

      {base.error && !data ? (
        <ErrorState error={base.error} onRetry={() => void base.refetch()} />
      ) : !data ? (
        <div className="card">
          <SkeletonLines lines={6} label="Loading salaries" />
        </div>
      ) : (
        <>
          {overall && overall.median != null && (
            <div className="stat-cards">
              <div className="card stat">
                <span className="stat__label">Median</span>
                <span className="stat__value">{formatMoney(overall.median, currency)}</span>
              </div>
              <div className="card stat">
                <span className="stat__label">Middle half</span>
                <span className="stat__value">
                  {formatMoney(overall.p25 ?? 0, currency)}–{formatMoney(overall.p75 ?? 0, currency)}
                </span>
              </div>
              <div className="card stat">
                <span className="stat__label">Jobs with a salary</span>
                <span className="stat__value">{overall.sampleSize.toLocaleString("en-US")}</span>
              </div>
            </div>
          )}
          <section className="section" aria-labelledby="by-category">
            <h2 id="by-category" className="section__title">
              By category
            </h2>
            {byGroup.error && !groupData ? <ErrorState error={byGroup.error} onRetry={() => void byGroup.refetch()} compact /> : groupData ? <SalaryTable caption={`Yearly salary by category, ${currency}`} groupLabel="Category" rows={rowsFor("category:")} currency={currency} /> : <SkeletonLines lines={6} label="Loading salaries by category" />}
          </section>
          <section className="section" aria-labelledby="by-seniority">
            <h2 id="by-seniority" className="section__title">
              By seniority
            </h2>
            <SalaryTable caption={`Yearly salary by seniority, ${currency}`} groupLabel="Seniority" rows={seniorityRows} currency={currency} />
          </section>
          <section className="section" aria-labelledby="by-city">
            <h2 id="by-city" className="section__title">
              By city
            </h2>
            {groupData ? <SalaryTable caption={`Yearly salary by city, ${currency}`} groupLabel="City" rows={rowsFor("city:")} currency={currency} /> : byGroup.error ? null : <SkeletonLines lines={6} label="Loading salaries by city" />}
          </section>
          <p className="muted small">
            Figures come from the salary ranges employers post. Jobs without a salary are left out. <Link to="/jobs">Browse jobs</Link>.
          </p>
        </>
      )}
    </>
  );
}
