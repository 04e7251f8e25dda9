import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { apiEndpoint } from "../../../shared/env";
import { formatDate, formatPrice } from "../../../shared/utils/format";
import styles from "./Invoice.module.css";

export const InvoiceDocumentFragment = graphql(`
  fragment InvoiceDocument_invoice on Invoice {
    number
    status
    issuedAt
    dueAt
    paidAt
    seller {
      name
      addressLines
      country
      taxId
      email
    }
    buyer {
      name
      addressLines
      country
      taxId
      email
    }
    line {
      planName
      jobTitle
      durationDays
      featuredDays
      amount {
        amount
        currency
      }
    }
    total {
      amount
      currency
    }
    payment {
      method
      lines
      payUrl
    }
  }
`);

/** The API's PDF of an invoice (cookie-authenticated, on the same origin as GraphQL). */
export function invoicePdfUrl(number: string): string {
  return apiEndpoint(`/invoices/${encodeURIComponent(number)}.pdf`).toString();
}

/** Dates as the PDF writes them: in UTC, so the page and the PDF never say different days. */
const day = (iso: string) => formatDate(iso, { timeZone: "UTC" });

/** An order's status as the invoice says it: "Unpaid", "Paid on 5 Jan 2026", "Cancelled". */
export function invoiceStatus(invoice: { status: string; paidAt: string | null }): string {
  if (invoice.status === "PAID") return invoice.paidAt ? `Paid on ${day(invoice.paidAt)}` : "Paid";
  return invoice.status === "CANCELLED" ? "Cancelled" : "Unpaid";
}

interface Party {
  name: string;
  addressLines: readonly string[];
  country: string | null;
  taxId: string | null;
  email: string | null;
}

function PartyBlock({ heading, party }: { heading: string; party: Party }) {
  return (
    <section className={styles.party} aria-label={heading}>
      <h2 className={styles.label}>{heading}</h2>
      <address>
        <strong>{party.name}</strong>
        {[...party.addressLines, ...(party.country ? [party.country] : [])].map((line, i) => (
          <span key={i}>{line}</span>
        ))}
        {party.taxId && <span>VAT / tax id: {party.taxId}</span>}
        {party.email && <span>{party.email}</span>}
      </address>
    </section>
  );
}

/**
 * An invoice as a document: the same facts as its PDF — number, dates, status, seller, buyer (as
 * their billing details were when it was issued), the line, the total and how to pay. Prints on
 * its own (Invoice.module.css, and the site's print rules hide the header and footer).
 */
export function InvoiceDocument({ invoice: ref }: { invoice: FragmentType<typeof InvoiceDocumentFragment> }) {
  const invoice = getFragmentData(InvoiceDocumentFragment, ref);
  const { line } = invoice;
  const total = formatPrice(invoice.total);
  const duration = `${line.durationDays} days${line.featuredDays > 0 ? `, featured for ${line.featuredDays}` : ""}`;
  return (
    <article className={`card ${styles.invoice}`} aria-labelledby="invoice-title">
      <header className={styles.head}>
        <p className={styles.seller}>{invoice.seller.name}</p>
        <div>
          <h1 id="invoice-title" className={styles.title}>
            Invoice <span className={styles.number}>{invoice.number}</span>
          </h1>
          <dl className={styles.facts}>
            <dt>Invoice number</dt>
            <dd>{invoice.number}</dd>
            <dt>Issue date</dt>
            <dd>{day(invoice.issuedAt)}</dd>
            <dt>Due date</dt>
            <dd>{day(invoice.dueAt)}</dd>
            <dt>Status</dt>
            <dd>
              <span className={`${styles.status} ${styles[`status${invoice.status}`] ?? ""}`}>{invoiceStatus(invoice)}</span>
            </dd>
          </dl>
        </div>
      </header>

      <div className={styles.parties}>
        <PartyBlock heading="From" party={invoice.seller} />
        <PartyBlock heading="Bill to" party={invoice.buyer} />
      </div>

      <div className={styles.lines}>
        <table className={styles.table} aria-label="What the invoice is for">
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col" className={styles.duration}>
                Duration
              </th>
              <th scope="col" className={styles.amount}>
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className={styles.description}>
                {line.planName} plan: job posting “{line.jobTitle}”<span className={styles.durationInline}>{duration}</span>
              </td>
              <td className={styles.duration}>{duration}</td>
              <td className={styles.amount}>{formatPrice(line.amount)}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total ({invoice.total.currency})</th>
              <td className={styles.duration} />
              <td className={styles.amount}>{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <section className={styles.payment} aria-labelledby="invoice-payment">
        <h2 id="invoice-payment" className={styles.label}>
          How to pay
        </h2>
        {invoice.status === "PAID" ? (
          <p>Paid in full, thank you.</p>
        ) : invoice.status === "CANCELLED" ? (
          <p>This invoice was cancelled: nothing is due.</p>
        ) : (
          <>
            <p>
              <strong>
                {invoice.payment.method}: {total}
              </strong>
            </p>
            {invoice.payment.lines.map((text, i) => (
              <p key={i}>{text}</p>
            ))}
            {invoice.payment.payUrl && (
              <p>
                <a href={invoice.payment.payUrl}>Pay online</a>
              </p>
            )}
          </>
        )}
      </section>
      <p className={styles.note}>HiredinAI never asks for card details by email or on an invoice.</p>
    </article>
  );
}
