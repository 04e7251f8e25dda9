import { Component, type ReactNode } from "react";
import { useLocation } from "react-router";

interface State {
  error: unknown;
}

class Boundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error("Unknown error") };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="state state--error" role="alert">
        <h1 className="state__title">This page failed to load</h1>
        <p className="muted">A new version of the site may have been released. Reloading usually fixes it.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}

/** Catches render errors and failed chunk loads; a new location resets it. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Boundary key={location.pathname}>{children}</Boundary>;
}
