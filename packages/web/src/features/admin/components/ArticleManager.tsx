import { useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import type { ArticleStatus } from "../../../generated/graphql";
import { ADMIN_PATHS, adminArticlePath } from "../../../shared/navigation";
import table from "../../../shared/ui/DataTable.module.css";
import { LoadMore } from "../../../shared/ui/LoadMore";
import { EmptyState, ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { useSettled } from "../../../shared/ui/useSettled";
import { formatDate, sitePath } from "../../../shared/utils/format";
import { sectionPage } from "../../articles";
import styles from "./ArticleEditor.module.css";
import admin from "./Admin.module.css";

const PAGE_SIZE = 20;

const AdminArticlesQuery = graphql(`
  query AdminArticlesQuery($filter: AllArticlesFilter, $first: Int, $after: String) {
    allArticles(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          url
          section
          status
          publishedAt
          updatedAt
          author {
            name
          }
        }
      }
      pageInfo {
        ...LoadMore_pageInfo
      }
    }
  }
`);

const STATUS_LABELS: Record<ArticleStatus, string> = { DRAFT: "Draft", SCHEDULED: "Scheduled", PUBLISHED: "Published" };

/** Every article, drafts and scheduled ones too, the most recently changed first; by status or words. */
export function ArticleManager() {
  const id = useId();
  const [status, setStatus] = useState<ArticleStatus | "">("");
  const [words, setWords] = useState("");
  const query = useSettled(words.trim());
  const filter = { ...(status ? { status } : {}), ...(query ? { query } : {}) };
  const result = useQuery(AdminArticlesQuery, { variables: { filter, first: PAGE_SIZE }, fetchPolicy: "cache-and-network" });
  const connection = (result.data ?? result.previousData)?.allArticles;

  return (
    <section aria-labelledby={`${id}-heading`} className={admin.section}>
      <div className={admin.sectionHead}>
        <h2 id={`${id}-heading`}>All articles{connection ? ` (${connection.totalCount})` : ""}</h2>
        <Link className="button" to={ADMIN_PATHS.newArticle}>
          New article
        </Link>
      </div>
      <div className={styles.filters} role="search">
        <div className={`form-field ${styles.search}`}>
          <label className="form-field__label" htmlFor={`${id}-words`}>
            Words
          </label>
          <input id={`${id}-words`} className="input" type="search" value={words} onChange={(e) => setWords(e.target.value)} />
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-status`}>
            Status
          </label>
          <select id={`${id}-status`} className="input" value={status} onChange={(e) => setStatus(e.target.value as ArticleStatus | "")}>
            <option value="">Any</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {result.error && !connection ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : !connection ? (
        <SkeletonLines lines={6} label="Loading the articles" />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={query || status ? "No article matches" : "No articles yet"} />
      ) : (
        <>
          <div className={table.wrap}>
            <table className={table.table} aria-label="Articles">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Section</th>
                  <th scope="col">Status</th>
                  <th scope="col">Author</th>
                  <th scope="col">Changed</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: a }) => (
                  <tr key={a.id}>
                    <th scope="row" className={styles.titleCell}>
                      <Link to={adminArticlePath(a.id)}>{a.title}</Link>
                      {a.status === "PUBLISHED" && (
                        <>
                          {" "}
                          <Link className="muted" to={sitePath(a.url, "/")} aria-label={`View “${a.title}” on the site`}>
                            (view)
                          </Link>
                        </>
                      )}
                    </th>
                    <td>{sectionPage(a.section).title}</td>
                    <td>
                      <span className={`${admin.status} ${styles[a.status] ?? ""}`}>{STATUS_LABELS[a.status]}</span>
                      {a.publishedAt && a.status !== "DRAFT" && (
                        <span className={`muted ${styles.date}`}> {formatDate(a.publishedAt)}</span>
                      )}
                    </td>
                    <td>{a.author.name}</td>
                    <td className={styles.date}>{formatDate(a.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            pageInfo={connection.pageInfo}
            shown={connection.edges.length}
            total={connection.totalCount}
            pageSize={PAGE_SIZE}
            noun="article"
            fetchMore={(variables) => result.fetchMore({ variables })}
          />
        </>
      )}
    </section>
  );
}
