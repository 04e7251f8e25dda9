import { useId, useRef } from "react";
import { Link } from "react-router";
import { ACCOUNT_PATHS, ADMIN_PAGES } from "../../../shared/navigation";
import { usePopover } from "../../../shared/ui/usePopover";
import { useSignOut } from "../hooks/useSessionChange";
import look from "./UserMenu.module.css";
import styles from "./SignedInMenu.module.css";

/**
 * The signed-in person's menu (loaded with the first signed-in page, so visitors never download it):
 * the button with their email, and its panel.
 */
export function SignedInMenu({ email, admin, playgroundUrl }: { email: string; admin: boolean; playgroundUrl: string }) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const { open, close, toggle, button, onBlur } = usePopover(root);
  const { signOut, signingOut } = useSignOut();

  return (
    <div ref={root} className={styles.root} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className={look.button}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        title={email}
        onClick={toggle}
      >
        <span className={look.avatar} aria-hidden="true">
          {email.charAt(0).toUpperCase()}
        </span>
        <span className={look.email}>{email}</span>
        <span className={look.chevron} aria-hidden="true" />
      </button>
      <nav id={`${id}-panel`} className={`${styles.panel}${open ? ` ${styles.panelOpen}` : ""}`} aria-label="Account">
        <p className={styles.who}>
          <span className={styles.whoLabel}>Signed in as</span>
          <span className={styles.whoEmail}>{email}</span>
          {admin && <span className={styles.role}>Admin</span>}
        </p>
        <ul className={styles.items}>
          <li>
            <Link className={styles.item} to={ACCOUNT_PATHS.account} onClick={close}>
              Account
            </Link>
          </li>
          {admin &&
            ADMIN_PAGES.map((p) => (
              <li key={p.to}>
                <Link className={styles.item} to={p.to} onClick={close}>
                  {p.label}
                </Link>
              </li>
            ))}
          {admin && (
            <li>
              {/* The API serves the playground: a page load, not a route of this app. */}
              <a className={styles.item} href={playgroundUrl}>
                GraphQL playground
              </a>
            </li>
          )}
          <li className={styles.separated}>
            <button
              type="button"
              className={styles.item}
              disabled={signingOut}
              onClick={() => {
                void signOut().then(close);
              }}
            >
              {signingOut ? "Signing out…" : "Sign out"}
            </button>
          </li>
        </ul>
      </nav>
    </div>
  );
}
