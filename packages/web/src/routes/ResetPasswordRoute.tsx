import { useMutation } from "@apollo/client/react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { AuthPage } from "../features/account/components/AuthPage";
import { NewPasswordForm } from "../features/account/components/NewPasswordForm";
import { useSessionChanged } from "../features/account/hooks/useSessionChange";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const ResetPasswordMutation = graphql(`
  mutation ResetPasswordMutation($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      viewer {
        id
        email
        role
      }
    }
  }
`);

/** /account/reset-password?token=…: the emailed link's page. A new password signs you in (and out everywhere else). */
export function ResetPasswordRoute() {
  useDocumentMeta("Choose a new password");
  const [params] = useSearchParams();
  const token = params.get("token");
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const [resetPassword, { loading, error }] = useMutation(ResetPasswordMutation);
  const footer = (
    <>
      Link not working? <Link to={ACCOUNT_PATHS.forgotPassword}>Ask for a new one</Link>
    </>
  );

  if (!token) {
    return <AuthPage title="This link is incomplete" intro="Open the link from the email again, or ask for a new one." footer={footer} />;
  }

  return (
    <AuthPage title="Choose a new password" intro="Every other browser signed in to your account will be signed out." footer={footer}>
      <NewPasswordForm
        loading={loading}
        error={error}
        onSubmit={async (password) => {
          await resetPassword({ variables: { input: { token, password } } });
          await changed();
          await navigate(ACCOUNT_PATHS.account, { replace: true, state: { notice: "Your new password is set, and you're signed in." } });
        }}
      />
    </AuthPage>
  );
}
