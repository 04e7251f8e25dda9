import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { invoicePath } from "../../../shared/navigation";
import table from "../../../shared/ui/DataTable.module.css";
import { formatDate, formatPrice } from "../../../shared/utils/format";
import { invoicePdfUrl, invoiceStatus } from "./InvoiceDocument";
import styles from "./Employer.module.css";

export const OrderListFragment = graphql(`
  fragment OrderList_order on Order {
    id
    invoiceNumber
    status
    planName
    jobTitle
    createdAt
    dueAt
    paidAt
    price {
      amount
      currency
    }
  }
`);

/** The company's orders, newest first: each invoice's page and PDF, what it is for, what it costs and whether it is paid. */
export function OrderList({ orders: refs }: { orders: readonly FragmentType<typeof OrderListFragment>[] }) {
  const orders = refs.map((ref) => getFragmentData(OrderListFragment, ref));
  return (
    <div className={table.wrap}>
      <table className={table.table} aria-label="Orders and invoices">
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Job</th>
            <th scope="col">Plan</th>
            <th scope="col" className={table.number}>
              Amount
            </th>
            <th scope="col">Status</th>
            <th scope="col">Issued</th>
            <th scope="col">
              <span className="visually-hidden">PDF</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id}>
              <th scope="row" className={styles.invoiceNumber}>
                <Link to={invoicePath(o.invoiceNumber)}>{o.invoiceNumber}</Link>
              </th>
              <td>{o.jobTitle}</td>
              <td>{o.planName}</td>
              <td className={table.number}>{formatPrice(o.price)}</td>
              <td>
                <span className={`${styles.status} ${styles[`order${o.status}`] ?? ""}`}>{invoiceStatus(o)}</span>
                {o.status === "UNPAID" && <span className={styles.meta}>Due {formatDate(o.dueAt, { timeZone: "UTC" })}</span>}
              </td>
              <td>{formatDate(o.createdAt, { timeZone: "UTC" })}</td>
              <td>
                <a href={invoicePdfUrl(o.invoiceNumber)} download={`${o.invoiceNumber}.pdf`} aria-label={`PDF of ${o.invoiceNumber}`}>
                  PDF
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
