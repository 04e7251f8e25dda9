/** Helpers for cursor-paged lists with a "Load more" button (the cache merges pages: see app/apollo.ts). */

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Whether another page can be asked for: there is one, we know where it starts, and none is on its way. */
export function canLoadMore(pageInfo: PageInfoLike | null | undefined, loadingMore: boolean): boolean {
  return Boolean(pageInfo?.hasNextPage && pageInfo.endCursor && !loadingMore);
}

/** Variables for the next page, or null when there is none. */
export function nextPageVariables(pageInfo: PageInfoLike | null | undefined, pageSize: number): { after: string; first: number } | null {
  if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return null;
  return { after: pageInfo.endCursor, first: Math.max(1, Math.min(100, Math.floor(pageSize))) };
}

/** "Showing 20 of 400 jobs"; "1 job" when everything is shown. */
export function progressLabel(shown: number, total: number, noun: string, nouns = `${noun}s`): string {
  const word = (n: number) => (n === 1 ? noun : nouns);
  const fmt = (n: number) => n.toLocaleString("en-US");
  if (shown >= total) return `${fmt(total)} ${word(total)}`;
  return `Showing ${fmt(shown)} of ${fmt(total)} ${word(total)}`;
}

/** The "Load more" button's label: how many the next page brings, e.g. "Load 20 more". */
export function loadMoreLabel(shown: number, total: number, pageSize: number): string {
  const next = Math.min(pageSize, Math.max(0, total - shown));
  return next > 0 ? `Load ${next.toLocaleString("en-US")} more` : "Load more";
}
