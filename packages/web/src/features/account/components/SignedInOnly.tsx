import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { Navigate } from "react-router";
import { graphql } from "../../../generated";
import { ACCOUNT_PATHS } from "../../../shared/navigation";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { withNext } from "../utils/nextPath";

const SignedInViewerQuery = graphql(`
  query SignedInViewerQuery {
    viewer {
      id
      email
      role
    }
  }
`);

export interface SignedInViewer {
  id: string;
  email: string;
  role: string;
}

/**
 * A page for signed-in people: `children` gets who is signed in (each page decides what their role
 * may see); anyone else is sent to sign in, and comes back to `next` afterwards.
 */
export function SignedInOnly({
  next,
  loading,
  children,
}: {
  next: string;
  loading: string;
  children: (viewer: SignedInViewer) => ReactNode;
}) {
  const result = useQuery(SignedInViewerQuery, { fetchPolicy: "cache-and-network" });
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <SkeletonLines lines={4} label={loading} />;
  if (!result.data.viewer) return <Navigate to={withNext(ACCOUNT_PATHS.signIn, next)} replace />;
  return <>{children(result.data.viewer)}</>;
}
