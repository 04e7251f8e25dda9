import { Link } from "react-router";
import { SignedInOnly } from "../features/account";
import { AdminNav, PlanManager } from "../features/admin";
import { ADMIN_PATHS, EMPLOYER_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

/** /admin/plans: the plans employers choose from, for admins to add, change and retire (the same mutations work in the playground). */
export function AdminPlansRoute() {
  useDocumentMeta("Plans", null, { noindex: true });
  return (
    <SignedInOnly next={ADMIN_PATHS.plans} loading="Loading">
      {(viewer) => (
        <>
          <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Plans" }]} />
          {viewer.role === "ADMIN" && <AdminNav />}
          <div className="page-intro">
            <h1>Plans</h1>
            <p className="muted">
              What employers pay per posting and what they get. Active plans are on the{" "}
              <Link to={EMPLOYER_PATHS.pricing}>Pricing page</Link>; a retired plan stays on the orders made with it.
            </p>
          </div>
          {viewer.role === "ADMIN" ? <PlanManager /> : <EmptyState title="This page is for HiredinAI's admins" />}
        </>
      )}
    </SignedInOnly>
  );
}
