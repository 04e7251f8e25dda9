import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import { invoicePath } from "../../../shared/navigation";
import { EmptyState, ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { formatDate, formatPrice } from "../../../shared/utils/format";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import table from "../../../shared/ui/DataTable.module.css";
import styles from "./Admin.module.css";
import { Prose } from "../../../shared/ui/Prose";

const AdminPostingsQuery = graphql(`
  query AdminPostingsQuery {
    reviewQueue(first: 20) {
      id
      title
      status
      updatedAt
      descriptionHtml
      company {
        id
        name
        verified
      }
      orders {
        id
        invoiceNumber
        planName
        status
      }
    }
    unpaidOrders {
      id
      invoiceNumber
      jobTitle
      planName
      createdAt
      price {
        amount
        currency
      }
      jobId
    }
  }
`);

const MarkOrderPaidMutation = graphql(`
  mutation MarkOrderPaidMutation($id: ID!) {
    markOrderPaid(id: $id) {
      posting {
        id
        status
      }
    }
  }
`);

const ApprovePostingMutation = graphql(`
  mutation ApprovePostingMutation($id: ID!) {
    approvePosting(id: $id) {
      posting {
        id
        status
      }
    }
  }
`);

const RejectPostingMutation = graphql(`
  mutation RejectPostingMutation($id: ID!, $reason: String!) {
    rejectPosting(id: $id, reason: $reason) {
      posting {
        id
        status
        rejectionReason
      }
    }
  }
`);

type Posting = NonNullable<ReturnType<typeof useAdminPostings>["data"]>["reviewQueue"][number];
const useAdminPostings = () => useQuery(AdminPostingsQuery, { fetchPolicy: "cache-and-network" });

/** One posting waiting for review: what it will say on its job page, then approve it, or reject it with a reason its employer will read. */
function ReviewCard({ posting, onDone }: { posting: Posting; onDone: () => void }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [approve, approving] = useMutation(ApprovePostingMutation);
  const [reject, rejecting] = useMutation(RejectPostingMutation);
  const error = approving.error ?? rejecting.error;
  const busy = approving.loading || rejecting.loading;
  const paid = posting.orders.find((o) => o.status === "PAID");
  return (
    <article className={`card ${styles.review}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {posting.title}
      </h3>
      <p className="muted">
        {posting.company.name}
        {posting.company.verified ? " (verified)" : ""} · waiting since {formatDate(posting.updatedAt)}
        {paid ? ` · ${paid.planName}, invoice ${paid.invoiceNumber} paid` : ""}
      </p>
      <Prose html={posting.descriptionHtml} className={styles.description} />
      <div className={styles.decision}>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void approve({ variables: { id: posting.id } }).then(onDone, () => undefined)}
        >
          Approve and publish
        </button>
        <label className={styles.reason} htmlFor={`${id}-reason`}>
          Reason, if you reject it (the employer reads it)
        </label>
        <textarea id={`${id}-reason`} className="input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || !reason.trim()}
          onClick={() => void reject({ variables: { id: posting.id, reason } }).then(onDone, () => undefined)}
        >
          Reject
        </button>
      </div>
      {error && <p className="form-error">{firstMessage(error) ?? "That didn't work; try again."}</p>}
    </article>
  );
}

/** The admins' desk: postings waiting for review, and invoices waiting to be marked paid. */
export function ReviewQueue() {
  const result = useAdminPostings();
  const [markPaid, marking] = useMutation(MarkOrderPaidMutation);
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <SkeletonLines lines={6} label="Loading the review queue" />;
  const { reviewQueue, unpaidOrders } = result.data;
  const refresh = () => void result.refetch();
  return (
    <>
      <section aria-labelledby="review-heading" className={styles.section}>
        <h2 id="review-heading">Waiting for review ({reviewQueue.length})</h2>
        {reviewQueue.length === 0 ? (
          <EmptyState title="Nothing to review" />
        ) : (
          reviewQueue.map((posting) => <ReviewCard key={posting.id} posting={posting} onDone={refresh} />)
        )}
      </section>
      <section aria-labelledby="invoices-heading" className={styles.section}>
        <h2 id="invoices-heading">Unpaid invoices ({unpaidOrders.length})</h2>
        {unpaidOrders.length === 0 ? (
          <EmptyState title="Every invoice is paid" />
        ) : (
          <div className={table.wrap}>
            <table className={table.table} aria-label="Unpaid invoices">
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Job</th>
                  <th scope="col">Plan</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Issued</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {unpaidOrders.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <Link to={invoicePath(o.invoiceNumber)}>{o.invoiceNumber}</Link>
                    </th>
                    <td>{o.jobTitle}</td>
                    <td>{o.planName}</td>
                    <td>{formatPrice(o.price)}</td>
                    <td>{formatDate(o.createdAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={marking.loading}
                        aria-label={`Mark ${o.invoiceNumber} paid`}
                        onClick={() => void markPaid({ variables: { id: o.id } }).then(refresh, () => undefined)}
                      >
                        Mark paid
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {marking.error && <p className="form-error">{firstMessage(marking.error) ?? "That didn't work; try again."}</p>}
      </section>
    </>
  );
}
