import { useState } from "react";
import { canLoadMore, loadMoreLabel, nextPageVariables, progressLabel, type PageInfoLike } from "../utils/pagination";

interface LoadMoreProps {
  pageInfo: PageInfoLike | null | undefined;
  shown: number;
  total: number;
  pageSize: number;
  noun: string;
  nouns?: string;
  /** Fetches the next page; the cache's type policy appends it. */
  fetchMore: (variables: { after: string; first: number }) => Promise<unknown>;
}

/** "Showing 20 of 400 jobs" and a "Load more" button, with its own loading and error state. */
export function LoadMore({ pageInfo, shown, total, pageSize, noun, nouns, fetchMore }: LoadMoreProps) {
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const variables = nextPageVariables(pageInfo, pageSize);

  async function onClick() {
    if (!variables || !canLoadMore(pageInfo, loading)) return;
    setLoading(true);
    setFailed(false);
    try {
      await fetchMore(variables);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="load-more">
      <p className="muted" aria-live="polite">
        {progressLabel(shown, total, noun, nouns)}
      </p>
      {variables && (
        <button type="button" className="button button--secondary" onClick={() => void onClick()} disabled={loading} aria-busy={loading}>
          {loading ? "Loading…" : loadMoreLabel(shown, total, pageSize)}
        </button>
      )}
      {failed && (
        <p className="field-error" role="alert">
          We couldn't load more. Try again.
        </p>
      )}
    </div>
  );
}
