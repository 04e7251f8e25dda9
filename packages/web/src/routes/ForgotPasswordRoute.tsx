import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import { AuthPage } from "../features/account/components/AuthPage";
import { CheckInbox } from "../features/account/components/CheckInbox";
import { EmailForm } from "../features/account/components/EmailForm";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordResetMutation($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      message
    }
  }
`);

/** /forgot-password: an email address; a link to choose a new password goes to it (the answer is the same for an unknown one). */
export function ForgotPasswordRoute() {
  useDocumentMeta("Forgot your password?", "Get a link to choose a new password for your HiredinAI account.");
  const [requestReset, { data, loading, error }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState("");
  const footer = <Link to={ACCOUNT_PATHS.signIn}>Back to sign in</Link>;

  if (data) {
    return (
      <AuthPage title="Check your inbox" footer={footer}>
        <CheckInbox
          message={data.requestPasswordReset.message}
          to={email}
          note="The link works for one hour, once. Nothing after a few minutes? Check your spam folder, and that this is the address you signed up with."
        >
          Follow the link in it to choose a new password.
        </CheckInbox>
      </AuthPage>
    );
  }

  return (
    <AuthPage
      title="Forgot your password?"
      intro="Enter the email address of your account and we'll send you a link to choose a new one."
      footer={footer}
    >
      <EmailForm
        submitLabel="Send reset link"
        busyLabel="Sending…"
        loading={loading}
        error={error}
        onSubmit={async (address) => {
          setEmail(address);
          await requestReset({ variables: { input: { email: address } } });
        }}
      />
    </AuthPage>
  );
}
