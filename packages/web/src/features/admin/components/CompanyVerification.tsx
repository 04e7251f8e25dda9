import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import { LoadMore } from "../../../shared/ui/LoadMore";
import { SearchBar } from "../../../shared/ui/SearchBar";
import { EmptyState, ErrorState, SkeletonLines } from "../../../shared/ui/states";
import table from "../../../shared/ui/DataTable.module.css";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import styles from "./Admin.module.css";
import look from "./Companies.module.css";

const PAGE_SIZE = 25;

const AdminCompaniesQuery = graphql(`
  query AdminCompaniesQuery($filter: CompanyFilter, $first: Int!, $after: String) {
    companies(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          slug
          name
          website
          verified
          openJobsCount
        }
      }
      pageInfo {
        ...LoadMore_pageInfo
      }
    }
  }
`);

const SetCompanyVerifiedMutation = graphql(`
  mutation SetCompanyVerifiedMutation($id: ID!, $verified: Boolean!) {
    verifyCompany(id: $id, verified: $verified) {
      company {
        id
        verified
      }
    }
  }
`);

/** Companies A to Z, searchable by name, each verified or not, with the button that changes it. */
export function CompanyVerification() {
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const result = useQuery(AdminCompaniesQuery, {
    variables: { filter: query ? { query } : null, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const [setVerified, setting] = useMutation(SetCompanyVerifiedMutation);
  const data = result.data ?? result.previousData;

  return (
    <section aria-labelledby="companies-heading" className={styles.section}>
      <h2 id="companies-heading">Verification</h2>
      <p className="muted">A verified company's paid postings go live without review, and its employers may invite colleagues.</p>
      <SearchBar
        label="Search companies by name"
        placeholder="Company name"
        value={text}
        onValueChange={setText}
        onSearch={setQuery}
        className={look.search}
      />
      {result.error && !data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : !data ? (
        <SkeletonLines lines={6} label="Loading companies" />
      ) : data.companies.edges.length === 0 ? (
        <EmptyState title={query ? `No companies match “${query}”` : "No companies yet"} />
      ) : (
        <>
          <div className={table.wrap}>
            <table className={table.table} aria-label="Companies">
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col" className={look.wide}>
                    Website
                  </th>
                  <th scope="col" className={`${table.number} ${look.wide}`}>
                    Open jobs
                  </th>
                  <th scope="col" className={look.wide}>
                    Status
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.companies.edges.map(({ node: c }) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/companies/${c.slug}`}>{c.name}</Link>
                      {/* The status column's word, under the name where that column doesn't fit (a phone). */}
                      <span className={look.narrow}>{c.verified ? "Verified" : "Not verified"}</span>
                    </th>
                    <td className={`${look.website} ${look.wide}`}>{c.website ?? "—"}</td>
                    <td className={`${table.number} ${look.wide}`}>{c.openJobsCount}</td>
                    <td className={look.wide}>
                      {c.verified ? <span className="verified">Verified</span> : <span className="muted">Not verified</span>}
                    </td>
                    <td>
                      <button
                        type="button"
                        className={`button button--small ${c.verified ? "button--secondary" : ""}`}
                        disabled={setting.loading}
                        aria-label={`${c.verified ? "Unverify" : "Verify"} ${c.name}`}
                        onClick={() => void setVerified({ variables: { id: c.id, verified: !c.verified } }).catch(() => undefined)}
                      >
                        {c.verified ? "Unverify" : "Verify"}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {setting.error && (
            <p className="form-error" role="alert">
              {firstMessage(setting.error) ?? "That didn't work; try again."}
            </p>
          )}
          <LoadMore
            pageInfo={data.companies.pageInfo}
            shown={data.companies.edges.length}
            total={data.companies.totalCount}
            pageSize={PAGE_SIZE}
            noun="company"
            nouns="companies"
            fetchMore={(variables) => result.fetchMore({ variables })}
          />
        </>
      )}
    </section>
  );
}
