import type { ReactNode } from "react";
import { Link } from "react-router";
import { errorCodes, firstMessage } from "../utils/graphqlErrors";
import { useNoindex } from "./useDocumentMeta";

/** What went wrong with a request, in words a visitor understands. */
export function describeError(error: unknown): { title: string; message: string } {
  const codes = errorCodes(error);
  if (codes.includes("RATE_LIMITED")) {
    return { title: "Too many requests", message: "We are getting a lot of traffic. Wait a moment and try again." };
  }
  if (codes.includes("NOT_FOUND")) {
    return { title: "Not found", message: "What you are looking for does not exist or is no longer available." };
  }
  if (codes.includes("BAD_USER_INPUT")) {
    return { title: "Something in this search is not valid", message: firstMessage(error) ?? "Check the filters and try again." };
  }
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  return {
    title: "Something went wrong",
    message: offline ? "You seem to be offline. Check your connection and try again." : "We couldn't load this. Please try again.",
  };
}

/** The one error state every page shows when a request fails. */
export function ErrorState({ error, onRetry, compact }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const { title, message } = describeError(error);
  return (
    <div className={`state state--error${compact ? " state--compact" : ""}`} role="alert">
      <h2 className="state__title">{title}</h2>
      <p className="muted">{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state">
      <h2 className="state__title">{title}</h2>
      {children && <div className="muted">{children}</div>}
    </div>
  );
}

/** A full page for something that does not exist (404s and expired jobs). */
/** A page that found nothing (an unknown route, job, company or term): search engines are told not to index it. */
export function NotFoundState({ title, children }: { title: string; children?: ReactNode }) {
  useNoindex();
  return (
    <section className="state state--page">
      <p className="state__code" aria-hidden="true">
        404
      </p>
      <h1 className="state__title">{title}</h1>
      <div className="muted">{children}</div>
      <p className="state__actions">
        <Link className="button" to="/jobs">
          Browse all jobs
        </Link>
        <Link className="button button--ghost" to="/">
          Home
        </Link>
      </p>
    </section>
  );
}

/** Grey placeholder lines while something loads. */
export function SkeletonLines({ lines = 3, label = "Loading" }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton-block" aria-busy="true" aria-label={label} role="status">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className={`skeleton-line${i === 0 ? " skeleton-line--title" : ""}`} style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}
