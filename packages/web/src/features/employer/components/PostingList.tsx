import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { formatCount, formatDate } from "../../../shared/utils/format";
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
    }
    orders {
      id
      invoiceNumber
      status
    }
  }
`);

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
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Your job postings">
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Status</th>
            <th scope="col" className={styles.number}>
              Views
            </th>
            <th scope="col" className={styles.number}>
              Apply clicks
            </th>
            <th scope="col" className={styles.number}>
              Conversion
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
                <td className={styles.number}>{formatCount(p.stats.views)}</td>
                <td className={styles.number}>{formatCount(p.stats.applyClicks)}</td>
                <td className={styles.number}>{conversion(p.stats.views, p.stats.applyClicks)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
