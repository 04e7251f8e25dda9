import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import { invoicePath } from "../../../shared/navigation";
import { formatPrice } from "../../../shared/utils/format";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import styles from "./Employer.module.css";

const RenewPlansQuery = graphql(`
  query RenewPlansQuery {
    plans {
      id
      slug
      name
      durationDays
      price {
        amount
        currency
      }
    }
  }
`);

const RenewPostingMutation = graphql(`
  mutation RenewPostingMutation($id: ID!, $plan: String!) {
    submitPosting(id: $id, plan: $plan) {
      posting {
        id
        status
        updatedAt
        orders {
          id
          invoiceNumber
          status
        }
      }
      order {
        id
        invoiceNumber
        planName
        price {
          amount
          currency
        }
      }
    }
  }
`);

/**
 * Renewing an expired posting: pick a plan, and it is a new order with its own invoice (the posting is
 * published again once that is paid). Shows the new invoice's number, linked to its page; nothing
 * while a renewal's invoice waits for payment (`awaitingPayment`).
 */
export function RenewPosting({ id, title, awaitingPayment }: { id: string; title: string; awaitingPayment: boolean }) {
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [plan, setPlan] = useState("");
  const plans = useQuery(RenewPlansQuery, { skip: !open });
  const [renew, renewing] = useMutation(RenewPostingMutation, { refetchQueries: ["EmployerDashboardQuery"] });
  const issued = renewing.data?.submitPosting.order;

  if (issued) {
    return (
      <p className={styles.renewed} role="status">
        Renewed on {issued.planName}: invoice <Link to={invoicePath(issued.invoiceNumber)}>{issued.invoiceNumber}</Link> (
        {formatPrice(issued.price)}). It goes live again once paid.
      </p>
    );
  }
  if (awaitingPayment) return null;
  if (!open) {
    return (
      <button type="button" className="button button--secondary" aria-label={`Renew ${title}`} onClick={() => setOpen(true)}>
        Renew
      </button>
    );
  }
  const choices = plans.data?.plans ?? [];
  const chosen = plan || choices[0]?.slug || "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) void renew({ variables: { id, plan: chosen } }).catch(() => undefined);
  };
  return (
    <form className={styles.renew} onSubmit={submit} aria-label={`Renew ${title}`}>
      <label htmlFor={`${formId}-plan`} className="visually-hidden">
        Plan
      </label>
      <select id={`${formId}-plan`} className="input" value={chosen} onChange={(e) => setPlan(e.target.value)} disabled={!choices.length}>
        {choices.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name} · {formatPrice(p.price)} · {p.durationDays} days
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={!chosen || renewing.loading} aria-busy={renewing.loading}>
        Renew and get the invoice
      </button>
      <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {(renewing.error ?? plans.error) && (
        <span className={styles.reason}>{firstMessage(renewing.error ?? plans.error) ?? "That didn't work; try again."}</span>
      )}
    </form>
  );
}
