import { useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { Link, useSearchParams } from "react-router";
import { INCOMPLETE_LINK, LinkOutcome } from "../features/account/components/LinkOutcome";
import { useRunOnce } from "../features/account/hooks/useRunOnce";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChangeMutation($input: TokenInput!) {
    confirmEmailChange(input: $input) {
      id
      email
      emailVerified
    }
  }
`);

/**
 * /account/confirm-email?token=…: the link sent to a new address. Confirms it on arrival; the answer
 * updates the cached account, so the header shows the new address when it is this person's.
 */
export function ConfirmEmailRoute() {
  useDocumentMeta("Confirm your new email");
  const [params] = useSearchParams();
  const token = params.get("token");
  const [confirm, { data, error }] = useMutation(ConfirmEmailChangeMutation);
  const run = useCallback(
    (key: string) => {
      confirm({ variables: { input: { token: key } } }).catch(() => undefined); // shown from `error`
    },
    [confirm],
  );
  useRunOnce(token, run);
  const user = data?.confirmEmailChange;

  return (
    <LinkOutcome
      pendingTitle="Confirming your new email…"
      error={token ? error : INCOMPLETE_LINK}
      done={Boolean(user)}
      doneTitle="Your email is changed"
      doneText={
        <>
          Your account's email address is now <strong>{user?.email}</strong>. Use it the next time you sign in.
        </>
      }
      actions={
        <Link className="button" to={ACCOUNT_PATHS.account}>
          Your account
        </Link>
      }
      errorActions={
        <Link className="button" to={ACCOUNT_PATHS.account}>
          Your account
        </Link>
      }
    />
  );
}
