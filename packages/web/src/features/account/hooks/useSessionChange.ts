import { useMutation, useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { flushSync } from "react-dom";
import { useLocation, useNavigate } from "react-router";
import { graphql } from "../../../generated";
import { ACCOUNT_PATHS } from "../../../shared/navigation";

const SignOutMutation = graphql(`
  mutation SignOutMutation {
    signOut
  }
`);

/** Pages only a signed-in person sees: signing out there leaves for the home page. */
const PRIVATE_PATHS: readonly string[] = [ACCOUNT_PATHS.account];

/**
 * After a session begins or ends: the cache forgets what it knew as the previous person and every
 * query on screen asks again (the header shows who is signed in now).
 */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.resetStore();
    } catch {
      // A query on screen failed to refetch: it shows its own error state.
    }
  }, [client]);
}

/**
 * Leaves for `to` first (committed at once, so a signed-in-only page never sees itself signed out
 * and redirects to the sign-in page), then refreshes the cache.
 */
export function useLeaveSession(): (to?: string, state?: unknown) => Promise<void> {
  const navigate = useNavigate();
  const changed = useSessionChanged();
  return useCallback(
    async (to?: string, state?: unknown) => {
      if (to) flushSync(() => void navigate(to, { state }));
      await changed();
    },
    [navigate, changed],
  );
}

/** Signs out of this browser: on a signed-in-only page, goes home; elsewhere, stays. */
export function useSignOut() {
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const leave = useLeaveSession();
  const { pathname } = useLocation();
  const run = useCallback(async () => {
    try {
      await signOut();
    } catch {
      // The session had already ended (or the request failed): the refreshed header tells which.
    }
    await leave(PRIVATE_PATHS.includes(pathname) ? "/" : undefined);
  }, [signOut, leave, pathname]);
  return { signOut: run, signingOut: loading };
}
