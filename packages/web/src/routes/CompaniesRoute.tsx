import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { CompanyGrid, CompanyGridSkeleton } from "../features/companies/components/CompanyGrid";
import { graphql } from "../generated";
import { SearchBar } from "../shared/ui/SearchBar";
import { EmptyState, ErrorState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { useSyncedText } from "../shared/ui/useSyncedText";

const PAGE_SIZE = 24;

const CompaniesRouteQuery = graphql(`
  query CompaniesRouteQuery($filter: CompanyFilter, $first: Int!, $after: String) {
    companies(filter: $filter, first: $first, after: $after) {
      ...CompanyGrid_companies
    }
  }
`);

export function CompaniesRoute() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const hiring = params.get("hiring") === "1";
  useDocumentMeta("AI companies hiring", "AI companies and startups hiring now: profiles, headquarters, size and open jobs.");
  const filter = { ...(q ? { query: q } : {}), ...(hiring ? { hiring: true } : {}) };
  const result = useQuery(CompaniesRouteQuery, { variables: { filter, first: PAGE_SIZE } });
  const data = result.data ?? result.previousData;

  const [text, setText] = useSyncedText(q);
  function update(nextQ: string, nextHiring: boolean) {
    const next = new URLSearchParams();
    if (nextQ) next.set("q", nextQ);
    if (nextHiring) next.set("hiring", "1");
    setParams(next);
  }

  return (
    <>
      <div className="page-intro">
        <h1>AI companies</h1>
        <p className="muted">The labs, scale-ups and startups hiring for AI work.</p>
      </div>
      <SearchBar
        label="Search companies"
        placeholder="Company name or what they do"
        value={text}
        onValueChange={setText}
        onSearch={(t) => update(t, hiring)}
      />
      <label className="checkbox-line">
        <input type="checkbox" checked={hiring} onChange={(e) => update(q, e.target.checked)} /> Only companies with open jobs
      </label>

      {result.error && !data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : !data ? (
        <CompanyGridSkeleton />
      ) : (
        <CompanyGrid
          companies={data.companies}
          pageSize={PAGE_SIZE}
          fetchMore={(variables) => result.fetchMore({ variables })}
          empty={
            <EmptyState title={q ? `No companies match “${q}”` : "No companies yet"}>
              <p>Try another name.</p>
            </EmptyState>
          }
        />
      )}
    </>
  );
}
