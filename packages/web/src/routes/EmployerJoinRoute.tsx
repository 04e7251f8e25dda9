import { useMutation, useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { AuthPage } from "../features/account/components/AuthPage";
import { INCOMPLETE_LINK } from "../features/account/components/LinkOutcome";
import styles from "../features/account/components/forms.module.css";
import { useSignOut } from "../features/account/hooks/useSessionChange";
import { useViewer } from "../features/account/hooks/useViewer";
import { withNext } from "../features/account/utils/nextPath";
import { graphql } from "../generated";
import { ACCOUNT_PATHS, EMPLOYER_PATHS } from "../shared/navigation";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { formatDate } from "../shared/utils/format";
import { formErrorMessage } from "../shared/utils/formErrors";

const CompanyInvitationQuery = graphql(`
  query CompanyInvitationQuery($token: String!) {
    companyInvitation(token: $token) {
      companyName
      email
      expiresAt
    }
  }
`);

const AcceptCompanyInvitationMutation = graphql(`
  mutation AcceptCompanyInvitationMutation($token: String!) {
    acceptCompanyInvitation(token: $token) {
      company {
        id
        name
        slug
        verified
      }
    }
  }
`);

/**
 * /employer/join?token=…: a colleague's invitation. Shows which company it is for and to which address;
 * someone signed out signs in (or up) and comes back here; the employer account with that address joins.
 */
export function EmployerJoinRoute() {
  useDocumentMeta("Join your company on HiredinAI", null, { noindex: true });
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const here = `${EMPLOYER_PATHS.join}?token=${encodeURIComponent(token)}`;
  const { viewer, loading } = useViewer();
  const invitation = useQuery(CompanyInvitationQuery, { variables: { token }, skip: !token });
  const [accept, accepting] = useMutation(AcceptCompanyInvitationMutation);
  const { signOut, signingOut } = useSignOut();
  const navigate = useNavigate();

  if (!token) return <Problem>{INCOMPLETE_LINK}</Problem>;
  if (invitation.error && !invitation.data) {
    return (
      <AuthPage title="Join your company">
        <ErrorState compact error={invitation.error} onRetry={() => void invitation.refetch()} />
      </AuthPage>
    );
  }
  if (!invitation.data || loading) {
    return (
      <AuthPage title="Opening your invitation…">
        <SkeletonLines lines={2} label="Opening your invitation" />
      </AuthPage>
    );
  }
  const inv = invitation.data.companyInvitation;
  if (!inv) {
    return (
      <Problem>
        This invitation is invalid, used or expired: its link works once, for 7 days. Ask your colleague to invite you again.
      </Problem>
    );
  }

  const signOutButton = (
    <button type="button" className="button button--ghost" disabled={signingOut} onClick={() => void signOut()}>
      {signingOut ? "Signing out…" : "Sign out"}
    </button>
  );
  let body: ReactNode;
  if (!viewer) {
    body = (
      <>
        <p className={styles.lead}>Sign in with the employer account that has this address to accept it.</p>
        <p className={`muted ${styles.lead}`}>
          New to HiredinAI? Create an employer account with this address, confirm it from the email we send you, then open this invitation
          again.
        </p>
        <div className={styles.links}>
          <Link className="button" to={withNext(ACCOUNT_PATHS.signIn, here)}>
            Sign in
          </Link>
          <Link className="button button--ghost" to={withNext(ACCOUNT_PATHS.signUp, here)}>
            Create an employer account
          </Link>
        </div>
      </>
    );
  } else if (viewer.role !== "EMPLOYER" || viewer.email !== inv.email) {
    body = (
      <>
        <p className={`form-error ${styles.pageError}`} role="alert">
          {viewer.role !== "EMPLOYER"
            ? `You're signed in as ${viewer.email}, which isn't an employer account. Invitations are accepted by the employer account for ${inv.email}.`
            : `You're signed in as ${viewer.email}, but this invitation is for ${inv.email}.`}
        </p>
        <p className="muted">Sign out, then sign in (or sign up as an employer) with {inv.email}.</p>
        <div className={styles.links}>{signOutButton}</div>
      </>
    );
  } else {
    body = (
      <>
        <p className={styles.lead}>You'll post jobs for {inv.companyName} and see its postings and invoices, with your colleagues.</p>
        {accepting.error && (
          <p className={`form-error ${styles.pageError}`} role="alert">
            {formErrorMessage(accepting.error)}
          </p>
        )}
        <div className={styles.links}>
          <button
            type="button"
            className="button"
            disabled={accepting.loading}
            aria-busy={accepting.loading}
            onClick={() =>
              void accept({
                variables: { token },
                // The dashboard asks again who the employer posts for.
                update: (cache) => {
                  cache.evict({ id: "ROOT_QUERY", fieldName: "myCompany" });
                  cache.evict({ id: "ROOT_QUERY", fieldName: "myCompanyClaim" });
                },
              }).then(
                () => navigate(EMPLOYER_PATHS.dashboard),
                () => undefined,
              )
            }
          >
            {accepting.loading ? "Joining…" : `Join ${inv.companyName}`}
          </button>
        </div>
      </>
    );
  }
  return (
    <AuthPage
      title={`Join ${inv.companyName} on HiredinAI`}
      intro={
        <>
          This invitation was sent to <strong>{inv.email}</strong>. It works until {formatDate(inv.expiresAt)}.
        </>
      }
    >
      {body}
    </AuthPage>
  );
}

function Problem({ children }: { children: ReactNode }) {
  return (
    <AuthPage title="This invitation didn't work">
      <p className={`form-error ${styles.pageError}`} role="alert">
        {children}
      </p>
      <div className={styles.links}>
        <Link className="button" to={EMPLOYER_PATHS.dashboard}>
          Your dashboard
        </Link>
        <Link className="button button--ghost" to="/">
          Home
        </Link>
      </div>
    </AuthPage>
  );
}
