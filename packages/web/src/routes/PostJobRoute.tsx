import { useQuery } from "@apollo/client/react";
import { Link, Navigate } from "react-router";
import { withNext } from "../features/account/utils/nextPath";
import { PostingForm } from "../features/employer";
import { graphql } from "../generated";
import { ACCOUNT_PATHS, EMPLOYER_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState, ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const PostJobViewerQuery = graphql(`
  query PostJobViewerQuery {
    viewer {
      id
      role
    }
  }
`);

/** /employer/post: the posting form for a signed-in employer (others are sent to sign in, or told it is for employers). */
export function PostJobRoute() {
  useDocumentMeta("Post a job", null, { noindex: true });
  const viewer = useQuery(PostJobViewerQuery, { fetchPolicy: "cache-and-network" });
  if (viewer.error && !viewer.data) return <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} />;
  if (!viewer.data) return <SkeletonLines lines={6} label="Loading the form" />;
  if (!viewer.data.viewer) return <Navigate to={withNext(ACCOUNT_PATHS.signIn, EMPLOYER_PATHS.post)} replace />;
  return (
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
      {viewer.data.viewer.role === "EMPLOYER" ? (
        <PostingForm />
      ) : (
        <EmptyState title="Posting jobs is for employer accounts">
          <p>
            <Link to={ACCOUNT_PATHS.signUp}>Create an employer account</Link> to post jobs.
          </p>
        </EmptyState>
      )}
    </>
  );
}
