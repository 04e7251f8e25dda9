import { SignedInOnly } from "../features/account";
import { AdminNav, CompanyClaims, CompanyVerification } from "../features/admin";
import { ADMIN_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

/**
 * /admin/companies: employers' requests to join a company (approve, or reject with a reason), and each
 * company's verification, for admins (the same mutations work in the playground).
 */
export function AdminCompaniesRoute() {
  useDocumentMeta("Companies", null, { noindex: true });
  return (
    <SignedInOnly next={ADMIN_PATHS.companies} loading="Loading">
      {(viewer) => (
        <>
          <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Companies" }]} />
          {viewer.role === "ADMIN" && <AdminNav />}
          <div className="page-intro">
            <h1>Companies</h1>
            <p className="muted">Employers asking to join a company wait here; verify the companies you have checked.</p>
          </div>
          {viewer.role === "ADMIN" ? (
            <>
              <CompanyClaims />
              <CompanyVerification />
            </>
          ) : (
            <EmptyState title="This page is for HiredinAI's admins" />
          )}
        </>
      )}
    </SignedInOnly>
  );
}
