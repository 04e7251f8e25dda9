import { useQuery } from "@apollo/client/react";
import { Navigate } from "react-router";
import { AccountPage, AccountSection } from "../features/account/components/AccountSection";
import { AccountSummary } from "../features/account/components/AccountSummary";
import { ChangeEmailForm } from "../features/account/components/ChangeEmailForm";
import { ChangePasswordForm } from "../features/account/components/ChangePasswordForm";
import { SessionList } from "../features/account/components/SessionList";
import { useNotice } from "../features/account/hooks/useNotice";
import { withNext } from "../features/account/utils/nextPath";
import { AlertList } from "../features/alerts/components/AlertList";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { Notice } from "../shared/ui/Notice";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const AccountRouteQuery = graphql(`
  query AccountRouteQuery {
    viewer {
      id
      email
      ...AccountSummary_viewer
      ...AlertList_viewer
      ...SessionList_viewer
    }
  }
`);

/**
 * /account: signed in only (others go to /sign-in?next=/account). The account, its job alerts, its
 * password and email, and its sessions.
 */
export function AccountRoute() {
  useDocumentMeta("Your account", null, { noindex: true });
  const notice = useNotice();
  // Sessions change elsewhere (another browser signs in): always ask, show the cache meanwhile.
  const result = useQuery(AccountRouteQuery, { fetchPolicy: "cache-and-network" });

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <SkeletonLines lines={4} label="Loading your account" />;
  const viewer = result.data.viewer;
  if (!viewer) return <Navigate to={withNext(ACCOUNT_PATHS.signIn, ACCOUNT_PATHS.account)} replace />;

  return (
    <AccountPage title="Your account" intro="Your job alerts, your sign-in details and where you're signed in.">
      {notice && <Notice>{notice}</Notice>}
      <AccountSection title="Profile">
        <AccountSummary viewer={viewer} />
      </AccountSection>
      <AccountSection title="Job alerts" description="New jobs for your saved searches, by email. Open one to change, pause or delete it.">
        <AlertList viewer={viewer} />
      </AccountSection>
      <AccountSection title="Change password" description="Changing it signs out every other browser signed in to your account.">
        <ChangePasswordForm email={viewer.email} />
      </AccountSection>
      <AccountSection title="Change email" description="We'll send a link to the new address; your email changes when you follow it.">
        <ChangeEmailForm />
      </AccountSection>
      <AccountSection title="Where you're signed in" description="Sign out of a browser you don't recognise or no longer use.">
        <SessionList viewer={viewer} />
      </AccountSection>
    </AccountPage>
  );
}
