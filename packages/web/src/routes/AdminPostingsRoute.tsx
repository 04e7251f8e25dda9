import { SignedInOnly } from "../features/account";
import { AdminNav, ReviewQueue } from "../features/admin";
import { ADMIN_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

/** /admin/postings: the review queue and the unpaid invoices, for admins (the same mutations work in the playground). */
export function AdminPostingsRoute() {
  useDocumentMeta("Review postings", null, { noindex: true });
  return (
    <SignedInOnly next={ADMIN_PATHS.postings} loading="Loading">
      {(viewer) => (
        <>
          <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Review postings" }]} />
          {viewer.role === "ADMIN" && <AdminNav />}
          <div className="page-intro">
            <h1>Review postings</h1>
            <p className="muted">
              Paid postings of companies that aren't verified wait here. Invoices are marked paid when the transfer arrives.
            </p>
          </div>
          {viewer.role === "ADMIN" ? <ReviewQueue /> : <EmptyState title="This page is for HiredinAI's admins" />}
        </>
      )}
    </SignedInOnly>
  );
}
