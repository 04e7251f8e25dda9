import { useCallback, useId, type ReactNode } from "react";

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
