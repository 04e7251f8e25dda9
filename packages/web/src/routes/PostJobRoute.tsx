import { Link, useSearchParams } from "react-router";
import { SignedInOnly } from "../features/account";
import { PostingForm } from "../features/employer";
import { ACCOUNT_PATHS, EMPLOYER_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

/** /employer/post: the posting form for a signed-in employer (others are sent to sign in, or told it is for employers). */
export function PostJobRoute() {
  const [params] = useSearchParams();
  const editing = params.get("id");
  useDocumentMeta(editing ? "Edit a posting" : "Post a job", null, { noindex: true });
  return (
    <SignedInOnly
      next={editing ? `${EMPLOYER_PATHS.post}?id=${encodeURIComponent(editing)}` : EMPLOYER_PATHS.post}
      loading="Loading the form"
    >
      {(viewer) => (
        <>
          <Breadcrumbs
            items={[
              { label: "Home", to: "/" },
              { label: "Employer dashboard", to: EMPLOYER_PATHS.dashboard },
              { label: editing ? "Edit a posting" : "Post a job" },
            ]}
          />
          <div className="page-intro">
            <h1>{editing ? "Edit a posting" : "Post a job"}</h1>
            <p className="muted">
              Save it as a draft, or submit it on a plan: we send an invoice, and once it is paid the job goes live (after a review for new
              companies). <Link to={EMPLOYER_PATHS.pricing}>Compare plans</Link>
            </p>
          </div>
          {viewer.role === "EMPLOYER" ? (
            <PostingForm key={editing ?? "new"} editing={editing} />
          ) : (
            <EmptyState title="Posting jobs is for employer accounts">
              <p>
                <Link to={ACCOUNT_PATHS.signUp}>Create an employer account</Link> to post jobs.
              </p>
            </EmptyState>
          )}
        </>
      )}
    </SignedInOnly>
  );
}
