import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { AuthPage } from "../features/account/components/AuthPage";
import { SignInForm } from "../features/account/components/SignInForm";
import { useNotice } from "../features/account/hooks/useNotice";
import { useSessionChanged } from "../features/account/hooks/useSessionChange";
import { safeNextPath, withNext } from "../features/account/utils/nextPath";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { Notice } from "../shared/ui/Notice";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const SignInMutation = graphql(`
  mutation SignInMutation($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        id
        email
        role
      }
    }
  }
`);

/** /sign-in?next=/account: email and password; then back to `next` (home without one). */
export function SignInRoute() {
  useDocumentMeta("Sign in", "Sign in to your HiredinAI account.");
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const notice = useNotice();
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const [signIn, { loading, error }] = useMutation(SignInMutation);
  // Between the answer and leaving the page: the cache refreshes for the signed-in person.
  const [finishing, setFinishing] = useState(false);

  return (
    <AuthPage
      title="Sign in"
      intro="Welcome back to HiredinAI."
      footer={
        <>
          New to HiredinAI? <Link to={withNext(ACCOUNT_PATHS.signUp, next === "/" ? undefined : next)}>Create an account</Link>
        </>
      }
    >
      {notice && <Notice tone="info">{notice}</Notice>}
      <SignInForm
        loading={loading || finishing}
        error={error}
        onSubmit={async (input) => {
          await signIn({ variables: { input } });
          setFinishing(true);
          await changed();
          await navigate(next, { replace: true });
        }}
      />
    </AuthPage>
  );
}
