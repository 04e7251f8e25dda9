import { Link } from "react-router";
import { SignedInOnly } from "../features/account";
import { PostingForm } from "../features/employer";
import { ACCOUNT_PATHS, EMPLOYER_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

/** /employer/post: the posting form for a signed-in employer (others are sent to sign in, or told it is for employers). */
export function PostJobRoute() {
  useDocumentMeta("Post a job", null, { noindex: true });
  return (
    <SignedInOnly next={EMPLOYER_PATHS.post} loading="Loading the form">
      {(viewer) => (
        <>
          <Breadcrumbs
            items={[{ label: "Home", to: "/" }, { label: "Employer dashboard", to: EMPLOYER_PATHS.dashboard }, { label: "Post a job" }]}
          />
          <div className="page-intro">
            <h1>Post a job</h1>
            <p className="muted">
              Save it as a draft, or submit it on a plan: we send an invoice, and once it is paid the job goes live (after a review for new
              companies). <Link to={EMPLOYER_PATHS.pricing}>Compare plans</Link>
            </p>
          </div>
          {viewer.role === "EMPLOYER" ? (
            <PostingForm />
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
