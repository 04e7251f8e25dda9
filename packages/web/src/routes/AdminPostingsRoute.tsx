import { useQuery } from "@apollo/client/react";
import { Navigate } from "react-router";
import { withNext } from "../features/account/utils/nextPath";
import { ReviewQueue } from "../features/admin";
import { graphql } from "../generated";
import { ACCOUNT_PATHS, ADMIN_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState, ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const AdminViewerQuery = graphql(`
  query AdminViewerQuery {
    viewer {
      id
      role
    }
  }
`);

/** /admin/postings: the review queue and the unpaid invoices, for admins (the same mutations work in the playground). */
export function AdminPostingsRoute() {
  useDocumentMeta("Review postings", null, { noindex: true });
  const viewer = useQuery(AdminViewerQuery, { fetchPolicy: "cache-and-network" });
  if (viewer.error && !viewer.data) return <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} />;
  if (!viewer.data) return <SkeletonLines lines={4} label="Loading" />;
  if (!viewer.data.viewer) return <Navigate to={withNext(ACCOUNT_PATHS.signIn, ADMIN_PATHS.postings)} replace />;
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Review postings" }]} />
      <div className="page-intro">
        <h1>Review postings</h1>
        <p className="muted">
          Paid postings of companies that aren't verified wait here. Invoices are marked paid when the transfer arrives.
        </p>
      </div>
      {viewer.data.viewer.role === "ADMIN" ? <ReviewQueue /> : <EmptyState title="This page is for HiredinAI's admins" />}
    </>
  );
}
