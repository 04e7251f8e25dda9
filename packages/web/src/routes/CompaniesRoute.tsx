import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { graphql } from "../generated";
import { CompanyLogo } from "../shared/ui/CompanyLogo";
import { LoadMore } from "../shared/ui/LoadMore";
import { SearchBar } from "../shared/ui/SearchBar";
import { EmptyState, ErrorState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { plural, sitePath } from "../shared/utils/format";
import { useSyncedText } from "../shared/ui/useSyncedText";

const PAGE_SIZE = 24;

const CompaniesRouteQuery = graphql(`
  query CompaniesRouteQuery($filter: CompanyFilter, $first: Int!, $after: String) {
    companies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          url
          name
          logoUrl
          headquarters
          size
          verified
          openJobsCount
          description
        }
      }
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
  const companies = data?.companies.edges.map((e) => e.node) ?? [];

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
        <ul className="company-grid" aria-busy="true" aria-label="Loading companies">
          {Array.from({ length: 6 }, (_, i) => (
            <li key={i} className="card company-tile company-tile--skeleton">
              <span className="company-logo" />
              <span className="skeleton-line skeleton-line--title" />
              <span className="skeleton-line" />
            </li>
          ))}
        </ul>
      ) : companies.length === 0 ? (
        <EmptyState title={q ? `No companies match “${q}”` : "No companies yet"}>
          <p>Try another name.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="company-grid">
            {companies.map((c) => (
              <li key={c.id} className="card company-tile">
                <CompanyLogo name={c.name} logoUrl={c.logoUrl} />
                <h2 className="company-tile__name">
                  <Link to={sitePath(c.url, `/companies/${c.slug}`)}>{c.name}</Link>
                  {c.verified && (
                    <span className="verified" title="Verified company">
                      ✓<span className="visually-hidden"> Verified</span>
                    </span>
                  )}
                </h2>
                <p className="muted company-tile__meta">{[c.headquarters, c.size && `${c.size} people`].filter(Boolean).join(" · ")}</p>
                {c.description && <p className="company-tile__text">{c.description}</p>}
                <p className="company-tile__jobs">{c.openJobsCount > 0 ? plural(c.openJobsCount, "open job") : "No open jobs"}</p>
              </li>
            ))}
          </ul>
          <LoadMore
            pageInfo={data.companies.pageInfo}
            shown={companies.length}
            total={data.companies.totalCount}
            pageSize={PAGE_SIZE}
            noun="company"
            nouns="companies"
            fetchMore={(variables) => result.fetchMore({ variables })}
          />
        </>
      )}
    </>
  );
}
