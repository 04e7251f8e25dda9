import { useCallback, useId, type ReactNode } from "react";
import { Link } from "react-router";
import { ALERT_PATHS } from "../../../shared/navigation";

/**
 * A page-sized message about an alert (created, confirmed, unsubscribed, deleted, or a link that didn't
 * work): a centred card whose heading takes the focus when it appears, so the change is announced. Give
 * it a new `key` when it should take the focus again in place.
 */
export function AlertMessage({
  title,
  icon,
  children,
  actions,
}: {
  title: string;
  icon?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const headingId = useId();
  const focus = useCallback((heading: HTMLHeadingElement | null) => heading?.focus(), []);
  return (
    <section className="confirmation card" aria-labelledby={headingId}>
      {icon}
      <h1 id={headingId} tabIndex={-1} ref={focus}>
        {title}
      </h1>
      {children}
      {actions && <p className="state__actions">{actions}</p>}
    </section>
  );
}

/** Where to go from a message that ends an alert's story (deleted, a dead link): a new alert, or the jobs. */
export function StartAgainActions() {
  return (
    <>
      <Link className="button" to={ALERT_PATHS.create}>
        Create an alert
      </Link>
      <Link className="button button--ghost" to="/jobs">
        Browse jobs
      </Link>
    </>
  );
}
