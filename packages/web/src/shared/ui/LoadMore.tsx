import { useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../generated";
import { canLoadMore, loadMoreLabel, nextPageVariables, progressLabel } from "../utils/pagination";

/**
 * The page info every paged connection spreads (`pageInfo { ...LoadMore_pageInfo }`): where the next page starts.
 * The cache's relayStylePagination policies (app/apollo.ts) read the same fields when they append a page.
 */
export const LoadMorePageInfoFragment = graphql(`
  fragment LoadMore_pageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** Fetches the next page of a connection; the cache's type policy appends it. */
export type FetchMore = (variables: { after: string; first: number }) => Promise<unknown>;

interface LoadMoreProps {
  pageInfo: FragmentType<typeof LoadMorePageInfoFragment> | null | undefined;
  shown: number;
  total: number;
  pageSize: number;
  noun: string;
  nouns?: string;
  fetchMore: FetchMore;
}

/** "Showing 20 of 400 jobs" and a "Load more" button, with its own loading and error state. */
export function LoadMore({ pageInfo: pageInfoRef, shown, total, pageSize, noun, nouns, fetchMore }: LoadMoreProps) {
  const pageInfo = getFragmentData(LoadMorePageInfoFragment, pageInfoRef);
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
