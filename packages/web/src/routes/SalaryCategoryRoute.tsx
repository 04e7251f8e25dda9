import { useQuery } from "@apollo/client/react";
import { Link, useParams, useSearchParams } from "react-router";
import { remoteLabel, seniorityLabel } from "../features/jobs/utils/labels";
import { CurrencySelect, currencyFrom } from "../features/salaries/components/CurrencySelect";
import { breakdownRows, SalaryTable } from "../features/salaries/components/SalaryTable";
import { salaryGroups, salaryStats } from "../features/salaries/utils/salaryGroups";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { formatMoney } from "../shared/utils/format";

const SalaryCategoryRouteQuery = graphql(`
  query SalaryCategoryRouteQuery($slug: String!, $categories: [String!]!, $currency: String!) {
    jobCategory(slug: $slug) {
      id
      slug
      name
      description
      jobCount
    }
    overall: salaryStats(filter: { categories: $categories }, currency: $currency) {
      ...SalaryStatsFields
    }
    bySeniority: salaryBreakdown(by: SENIORITY, filter: { categories: $categories }, currency: $currency) {
      value
      stats {
        ...SalaryStatsFields
      }
    }
    byRemote: salaryBreakdown(by: REMOTE, filter: { categories: $categories }, currency: $currency) {
      value
      stats {
        ...SalaryStatsFields
      }
    }
  }
`);

export function SalaryCategoryRoute() {
  const { categorySlug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const currency = currencyFrom(params);
  const result = useQuery(SalaryCategoryRouteQuery, { variables: { slug: categorySlug, categories: [categorySlug], currency } });
  const data = result.data ?? result.previousData;
  const category = data?.jobCategory;
  const overall = salaryStats(data?.overall);
  useDocumentMeta(
    category ? `${category.name} salaries` : data ? "Category not found" : "AI salaries",
    category && overall?.median != null
      ? `${category.name} jobs pay a median of ${formatMoney(overall.median, currency)} a year, from ${overall.sampleSize} posted salary ranges.`
      : null,
  );

  if (result.error && !data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!data) return <SkeletonLines lines={8} label="Loading salaries" />;
  if (!category) {
    return (
      <NotFoundState title="No salaries for this category">
        <p>
          It may have been renamed. <Link to="/salaries">See all AI salaries</Link>.
        </p>
      </NotFoundState>
    );
  }

  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "AI Salaries", to: "/salaries" }, { label: category.name }]} />
      <div className="page-intro">
        <h1>{category.name} salaries</h1>
        <p className="muted">
          {overall && overall.sampleSize > 0 && overall.median != null
            ? `Median ${formatMoney(overall.median, currency)} a year (middle half ${formatMoney(overall.p25 ?? 0, currency)}–${formatMoney(overall.p75 ?? 0, currency)}), from ${overall.sampleSize} live jobs that state a salary.`
            : "Not enough posted salaries yet."}
        </p>
        <p className="page-intro__links">
          <Link to={`/jobs/category/${category.slug}`}>
            Browse {category.jobCount} {category.name} jobs →
          </Link>
        </p>
      </div>
      <CurrencySelect value={currency} onChange={(c) => setParams(c === "USD" ? {} : { currency: c })} />
      <section className="section" aria-labelledby="by-seniority">
        <h2 id="by-seniority" className="section__title">
          By seniority
        </h2>
        <SalaryTable
          caption={`${category.name}: yearly salary by seniority, ${currency}`}
          groupLabel="Seniority"
          currency={currency}
          rows={breakdownRows(salaryGroups(data.bySeniority, seniorityLabel))}
        />
      </section>
      <section className="section" aria-labelledby="by-remote">
        <h2 id="by-remote" className="section__title">
          By remote policy
        </h2>
        <SalaryTable
          caption={`${category.name}: yearly salary by remote policy, ${currency}`}
          groupLabel="Remote policy"
          currency={currency}
          rows={breakdownRows(salaryGroups(data.byRemote, remoteLabel))}
        />
      </section>
    </>
  );
}
