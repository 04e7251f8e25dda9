import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { SignedInOnly } from "../features/account";
import { InvoiceDocument, invoicePdfUrl } from "../features/employer";
import { graphql } from "../generated";
import { ADMIN_PATHS, EMPLOYER_PATHS, invoicePath } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState, ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import styles from "./InvoiceRoute.module.css";

const InvoiceRouteQuery = graphql(`
  query InvoiceRouteQuery($number: String!) {
    invoice(number: $number) {
      number
      ...InvoiceDocument_invoice
    }
  }
`);

function Invoice({ number, admin }: { number: string; admin: boolean }) {
  const result = useQuery(InvoiceRouteQuery, { variables: { number }, fetchPolicy: "cache-and-network" });
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <SkeletonLines lines={8} label="Loading the invoice" />;
  const invoice = result.data.invoice;
  if (!invoice) {
    return (
      <NotFoundState title="No invoice of yours has this number">
        <p>
          Check the number, or find your invoices on <Link to={EMPLOYER_PATHS.dashboard}>your dashboard</Link>.
        </p>
      </NotFoundState>
    );
  }
  return (
    <>
      <p className={`${styles.actions} print-hidden`}>
        <a className="button" href={invoicePdfUrl(invoice.number)} download={`${invoice.number}.pdf`}>
          Download PDF
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print
        </button>
        <Link to={admin ? ADMIN_PATHS.postings : EMPLOYER_PATHS.dashboard}>
          {admin ? "Back to the review desk" : "Back to your dashboard"}
        </Link>
      </p>
      <InvoiceDocument invoice={invoice} />
    </>
  );
}

/**
 * /employer/invoices/<number>: an invoice as a page to read, print or download as a PDF — for its
 * company's employers and for admins (anyone else finds nothing: the API answers null).
 */
export function InvoiceRoute() {
  const number = useParams().number ?? "";
  useDocumentMeta(`Invoice ${number}`, null, { noindex: true });
  return (
    <SignedInOnly next={invoicePath(number)} loading="Loading the invoice">
      {(viewer) => {
        const admin = viewer.role === "ADMIN";
        return (
          <>
            <Breadcrumbs
              items={[
                { label: "Home", to: "/" },
                admin
                  ? { label: "Review postings", to: ADMIN_PATHS.postings }
                  : { label: "Employer dashboard", to: EMPLOYER_PATHS.dashboard },
                { label: `Invoice ${number}` },
              ]}
            />
            {admin || viewer.role === "EMPLOYER" ? (
              <Invoice number={number} admin={admin} />
            ) : (
              <EmptyState title="Invoices are for employer accounts">
                <p>You're signed in as {viewer.email}, a job seeker's account.</p>
              </EmptyState>
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}
