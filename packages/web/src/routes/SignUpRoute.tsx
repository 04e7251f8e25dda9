import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { AuthPage } from "../features/account/components/AuthPage";
import { CheckInbox } from "../features/account/components/CheckInbox";
import { SignUpForm } from "../features/account/components/SignUpForm";
import { safeNextPath, withNext } from "../features/account/utils/nextPath";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const SignUpMutation = graphql(`
  mutation SignUpMutation($input: SignUpInput!) {
    signUp(input: $input) {
      message
    }
  }
`);

/** /sign-up: looking for work or hiring, email, password; then "check your inbox" for the verification link. */
export function SignUpRoute() {
  useDocumentMeta("Create your account", "Create a HiredinAI account to save job alerts, or to hire for your company.");
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"), "");
  const [signUp, { data, loading, error }] = useMutation(SignUpMutation);
  const [email, setEmail] = useState("");

  if (data) {
    return (
      <AuthPage title="Check your inbox" footer={<Link to={withNext(ACCOUNT_PATHS.signIn, next || undefined)}>Back to sign in</Link>}>
        <CheckInbox
          message={data.signUp.message}
          to={email}
          note="The link works for 48 hours. Nothing after a few minutes? Check your spam folder."
        >
          Follow the link in it to verify your address and sign in.
        </CheckInbox>
      </AuthPage>
    );
  }

  return (
    <AuthPage
      title="Create your account"
      intro="Save searches as job alerts, or post jobs for your company."
      footer={
        <>
          Already have an account? <Link to={withNext(ACCOUNT_PATHS.signIn, next || undefined)}>Sign in</Link>
        </>
      }
    >
      <SignUpForm
        loading={loading}
        error={error}
        onSubmit={async (input) => {
          setEmail(input.email);
          await signUp({ variables: { input } });
        }}
      />
    </AuthPage>
  );
}
