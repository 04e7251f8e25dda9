import { lazy, Suspense } from "react";
import { Link, useLocation } from "react-router";
import { ACCOUNT_PATHS } from "../../../shared/navigation";
import { useViewer } from "../hooks/useViewer";
import { returnPathFrom, withNext } from "../utils/nextPath";
import styles from "./UserMenu.module.css";

/**
 * The header's corner: "Sign in" for visitors; for a signed-in person a button with their email that
 * opens Account, the GraphQL playground (admins; a full page load of `playgroundUrl`, served by the
 * API) and Sign out. The panel closes on navigation, on Escape, and when the pointer or focus leaves it.
 */
export function UserMenu({ playgroundUrl }: { playgroundUrl: string }) {
  const { viewer, loading } = useViewer();
  const { pathname, search } = useLocation();
  if (loading) return null;
  if (!viewer) {
    return (
      <Link className={styles.signIn} to={withNext(ACCOUNT_PATHS.signIn, returnPathFrom(pathname + search))}>
        Sign in
      </Link>
    );
  }
  return (
    <Suspense fallback={<MenuButtonLook email={viewer.email} />}>
      <SignedInMenu email={viewer.email} admin={viewer.role === "ADMIN"} playgroundUrl={playgroundUrl} />
    </Suspense>
  );
}

/**
 * The signed-in menu is its own chunk: visitors never download it. If it fails to load (a new
 * deploy), the header links to the account page instead of failing with it.
 */
const SignedInMenu = lazy(() =>
  import("./SignedInMenu").then(
    (m) => ({ default: m.SignedInMenu }),
    () => ({ default: ({ email }: { email: string }) => <MenuButtonLook email={email} to={ACCOUNT_PATHS.account} /> }),
  ),
);

/** What the menu's button looks like: while its code loads, or (`to`) a plain link to the account when that code failed to load. */
function MenuButtonLook({ email, to }: { email: string; to?: string }) {
  const inside = (
    <>
      <span className={styles.avatar} aria-hidden="true">
        {email.charAt(0).toUpperCase()}
      </span>
      <span className={styles.email}>{email}</span>
    </>
  );
  if (to) {
    return (
      <Link className={styles.button} to={to}>
        {inside}
      </Link>
    );
  }
  return (
    <span className={styles.button} aria-hidden="true">
      {inside}
    </span>
  );
}
