import { FormError } from "../../../shared/ui/FormField";
import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { ACCOUNT_PATHS } from "../../../shared/navigation";
import { formatDate, formatRelativeTime } from "../../../shared/utils/format";
import { formErrorMessage } from "../../../shared/utils/formErrors";
import { useLeaveSession } from "../hooks/useSessionChange";
import { describeUserAgent } from "../utils/userAgent";
import styles from "./Account.module.css";

export const SessionListFragment = graphql(`
  fragment SessionList_viewer on User {
    id
    sessions {
      id
      createdAt
      lastUsedAt
      expiresAt
      userAgent
      current
    }
  }
`);

const RevokeSessionMutation = graphql(`
  mutation RevokeSessionMutation($id: ID!) {
    revokeSession(id: $id)
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhereMutation {
    signOutEverywhere
  }
`);

/**
 * Where the account is signed in: this browser first (marked), then the others by last use, each
 * with "Sign out"; and "Sign out everywhere", which ends them all, this one included.
 */
export function SessionList({ viewer: viewerRef }: { viewer: FragmentType<typeof SessionListFragment> }) {
  const viewer = getFragmentData(SessionListFragment, viewerRef);
  const leave = useLeaveSession();
  const [revoke, revoking] = useMutation(RevokeSessionMutation);
  const [signOutEverywhere, everywhere] = useMutation(SignOutEverywhereMutation);
  const sessions = [...viewer.sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || Date.parse(b.lastUsedAt) - Date.parse(a.lastUsedAt),
  );
  const error = revoking.error ?? everywhere.error;

  const revokeOne = (id: string) =>
    revoke({
      variables: { id },
      update(cache, { data }) {
        if (!data?.revokeSession) return;
        const userId = cache.identify({ __typename: "User", id: viewer.id });
        cache.modify({
          id: userId,
          fields: {
            sessions: (refs, { readField }) => (Array.isArray(refs) ? refs.filter((ref: Reference) => readField("id", ref) !== id) : refs),
          },
        });
        cache.evict({ id: cache.identify({ __typename: "Session", id }) });
        cache.gc();
      },
    }).catch(() => undefined);

  const endAll = async () => {
    try {
      const { data } = await signOutEverywhere();
      const count = data?.signOutEverywhere ?? 0;
      await leave(ACCOUNT_PATHS.signIn, {
        notice: `You've been signed out everywhere (${count === 1 ? "1 session" : `${count} sessions`} ended).`,
      });
    } catch {
      // Shown below the list.
    }
  };

  return (
    <>
      <FormError>{error && formErrorMessage(error)}</FormError>
      <ul className={styles.sessions} aria-label="Sessions">
        {sessions.map((session) => {
          const device = describeUserAgent(session.userAgent);
          return (
            <li key={session.id} className={styles.session}>
              <div className={styles.sessionText}>
                <p className={styles.device}>
                  {device}
                  {session.current && <span className={`${styles.badge} ${styles.badgeCurrent}`}>This device</span>}
                </p>
                <p className="muted small">
                  Signed in {formatDate(session.createdAt)} ·{" "}
                  {session.current ? "active now" : `last used ${formatRelativeTime(session.lastUsedAt)}`}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={revoking.loading}
                  aria-label={`Sign out ${device}, signed in ${formatDate(session.createdAt)}`}
                  onClick={() => void revokeOne(session.id)}
                >
                  Sign out
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className={styles.everywhere}>
        <button type="button" className="button button--secondary" disabled={everywhere.loading} onClick={() => void endAll()}>
          {everywhere.loading ? "Signing out everywhere…" : "Sign out everywhere"}
        </button>
        <p className="muted small">
          Ends every session of your account, this one included. Use it if you signed in on a device you no longer have.
        </p>
      </div>
    </>
  );
}
