import { useMutation } from "@apollo/client/react";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { EMPLOYER_PATHS } from "../../../shared/navigation";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import { formatCount, formatDate } from "../../../shared/utils/format";
import { DuplicatePosting } from "./DuplicatePosting";
import { RenewPosting } from "./RenewPosting";
import table from "../../../shared/ui/DataTable.module.css";
import styles from "./Employer.module.css";

export const PostingListFragment = graphql(`
  fragment PostingList_posting on Posting {
    id
    slug
    title
    status
    rejectionReason
    updatedAt
    validThrough
    stats {
      views
      applyClicks
      daily {
        day
        views
        applyClicks
      }
    }
    orders {
      id
      invoiceNumber
      status
    }
  }
`);

const ClosePostingMutation = graphql(`
  mutation ClosePostingMutation($id: ID!) {
    closePosting(id: $id) {
      posting {
        id
        status
        updatedAt
      }
    }
  }
`);

const ResubmitPostingMutation = graphql(`
  mutation ResubmitPostingMutation($id: ID!) {
    resubmitPosting(id: $id) {
      posting {
        id
        status
        rejectionReason
        updatedAt
      }
    }
  }
`);

interface Row {
  title: string;
  stats: { daily: readonly { day: string; views: number; applyClicks: number }[] };
}

/** The postings' daily figures as CSV: one line per posting and day (a spreadsheet sums them as it likes). */
export function statsCsv(rows: readonly Row[]): string {
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = rows.flatMap((r) => r.stats.daily.map((d) => [cell(r.title), d.day, d.views, d.applyClicks].join(",")));
  return ["job,day,views,apply_clicks", ...lines].join("\r\n") + "\r\n";
}

/** A link that downloads `csv` as `name`. */
function CsvLink({ csv, name, children }: { csv: string; name: string; children: string }) {
  return (
    <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`} download={name}>
      {children}
    </a>
  );
}

/**
 * What an employer can do with a posting now: edit it, send a rejected one back to review, renew an
 * expired one (unless its renewal's invoice is waiting), duplicate any, close it.
 */
function PostingActions({ id, status, title, awaitingPayment }: { id: string; status: string; title: string; awaitingPayment: boolean }) {
  const editable = ["DRAFT", "PENDING_REVIEW", "REJECTED"].includes(status);
  const [close, closing] = useMutation(ClosePostingMutation);
  const [resubmit, resubmitting] = useMutation(ResubmitPostingMutation);
  const error = closing.error ?? resubmitting.error;
  return (
    <div className={styles.rowActions}>
      {editable && (
        <Link className="button button--secondary" to={`${EMPLOYER_PATHS.post}?id=${encodeURIComponent(id)}`} aria-label={`Edit ${title}`}>
          Edit
        </Link>
      )}
      {status === "REJECTED" && (
        <button
          type="button"
          className="button button--secondary"
          disabled={resubmitting.loading}
          onClick={() => void resubmit({ variables: { id } }).catch(() => undefined)}
        >
          Resubmit
        </button>
      )}
      {status === "EXPIRED" && <RenewPosting id={id} title={title} awaitingPayment={awaitingPayment} />}
      <DuplicatePosting id={id} title={title} />
      {["DRAFT", "PENDING_REVIEW", "REJECTED", "PUBLISHED"].includes(status) && (
        <button
          type="button"
          className="button button--ghost"
          disabled={closing.loading}
          aria-label={`Close ${title}`}
          onClick={() => {
            if (window.confirm(`Close “${title}”? It leaves the site at once.`)) void close({ variables: { id } }).catch(() => undefined);
          }}
        >
          Close
        </button>
      )}
      {error && <span className={styles.reason}>{firstMessage(error) ?? "That didn't work; try again."}</span>}
    </div>
  );
}

/** A posting's status in the employer's words. */
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  PENDING_REVIEW: "Waiting for review",
  PUBLISHED: "Published",
  EXPIRED: "Expired",
  REJECTED: "Rejected",
  CLOSED: "Closed",
};

/** Apply clicks per view, as a percentage with one decimal; a dash before anyone has looked. */
export function conversion(views: number, clicks: number): string {
  return views > 0 ? `${((clicks / views) * 100).toFixed(1)}%` : "–";
}

/** The company's postings: status (and why, when rejected), views, apply clicks, conversion and where they stand. */
export function PostingList({ postings: refs }: { postings: readonly FragmentType<typeof PostingListFragment>[] }) {
  const postings = refs.map((ref) => getFragmentData(PostingListFragment, ref));
  return (
    <>
      <p className={styles.csv}>
        <CsvLink csv={statsCsv(postings)} name="hiredinai-postings-last-30-days.csv">
          Download the last 30 days as CSV
        </CsvLink>
      </p>
      <div className={table.wrap}>
        <table className={table.table} aria-label="Your job postings">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Status</th>
              <th scope="col" className={table.number}>
                Views
              </th>
              <th scope="col" className={table.number}>
                Apply clicks
              </th>
              <th scope="col" className={table.number}>
                Conversion
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {postings.map((p) => {
              const unpaid = p.orders.find((o) => o.status === "UNPAID");
              return (
                <tr key={p.id}>
                  <th scope="row">
                    {p.status === "PUBLISHED" ? <Link to={`/jobs/${p.slug}`}>{p.title}</Link> : p.title}
                    <span className={styles.meta}>
                      {p.status === "PUBLISHED" && p.validThrough
                        ? `Runs until ${formatDate(p.validThrough)}`
                        : `Changed ${formatDate(p.updatedAt)}`}
                      {unpaid ? ` · Invoice ${unpaid.invoiceNumber} waiting for payment` : ""}
                    </span>
                  </th>
                  <td>
                    <span className={`${styles.status} ${styles[`status${p.status}`] ?? ""}`}>{STATUS_LABELS[p.status] ?? p.status}</span>
                    {p.rejectionReason && <span className={styles.reason}>{p.rejectionReason}</span>}
                  </td>
                  <td className={table.number}>{formatCount(p.stats.views)}</td>
                  <td className={table.number}>{formatCount(p.stats.applyClicks)}</td>
                  <td className={table.number}>{conversion(p.stats.views, p.stats.applyClicks)}</td>
                  <td>
                    <PostingActions id={p.id} status={p.status} title={p.title} awaitingPayment={unpaid != null} />
                    <CsvLink csv={statsCsv([p])} name={`${p.slug}-last-30-days.csv`}>
                      CSV
                    </CsvLink>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
