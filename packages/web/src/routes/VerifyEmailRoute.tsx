import { useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { Link, useSearchParams } from "react-router";
import { INCOMPLETE_LINK, LinkOutcome } from "../features/account/components/LinkOutcome";
import { useRunOnce } from "../features/account/hooks/useRunOnce";
import { useSessionChanged } from "../features/account/hooks/useSessionChange";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const VerifyEmailMutation = graphql(`
  mutation VerifyEmailMutation($input: TokenInput!) {
    verifyEmail(input: $input) {
      viewer {
        id
        email
        role
        emailVerified
      }
    }
  }
`);

/** /account/verify-email?token=…: the sign-up email's link. Verifies the address on arrival and signs in. */
export function VerifyEmailRoute() {
  useDocumentMeta("Verify your email");
  const [params] = useSearchParams();
  const token = params.get("token");
  const changed = useSessionChanged();
  const [verify, { data, error }] = useMutation(VerifyEmailMutation);
  const run = useCallback(
    (key: string) => {
      verify({ variables: { input: { token: key } } })
        .then(changed)
        .catch(() => undefined); // shown from `error`
    },
    [verify, changed],
  );
  useRunOnce(token, run);
  const viewer = data?.verifyEmail.viewer;

  return (
    <LinkOutcome
      pendingTitle="Verifying your email…"
      error={token ? error : INCOMPLETE_LINK}
      done={Boolean(viewer)}
      doneTitle="Welcome to HiredinAI"
      doneText={
        <>
          Your email address <strong>{viewer?.email}</strong> is verified, and you're signed in.
          {viewer?.role === "EMPLOYER" ? " Next: tell us about your company and post your first job." : " Next: find your next role in AI."}
        </>
      }
      actions={
        <>
          <Link className="button" to="/jobs">
            Browse jobs
          </Link>
          {viewer?.role !== "EMPLOYER" && (
            <Link className="button button--ghost" to="/alerts">
              Create a job alert
            </Link>
          )}
          <Link className="button button--ghost" to={ACCOUNT_PATHS.account}>
            Your account
          </Link>
        </>
      }
      errorActions={
        <>
          <Link className="button" to={ACCOUNT_PATHS.signIn}>
            Sign in
          </Link>
          <Link className="button button--ghost" to={ACCOUNT_PATHS.forgotPassword}>
            Get a new link
          </Link>
        </>
      }
    />
  );
}
