import type { ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { LoadMore, type FetchMore } from "../../../shared/ui/LoadMore";
import { GlossaryTermCard, GlossaryTermGrid, glossaryTermKey } from "./GlossaryTermCard";
import styles from "./GlossaryTermList.module.css";

/** A page of glossary terms, grouped under their first letter, and its "Load more" (the cache appends pages). */
export const GlossaryTermListFragment = graphql(`
  fragment GlossaryTermList_terms on GlossaryTermConnection {
    totalCount
    pageInfo {
      ...LoadMore_pageInfo
    }
    edges {
      cursor
      node {
        id
        term
        ...GlossaryTermCard_term
      }
    }
  }
`);

export function GlossaryTermList({
  terms: termsRef,
  pageSize,
  fetchMore,
  empty,
}: {
  terms: FragmentType<typeof GlossaryTermListFragment>;
  pageSize: number;
  fetchMore: FetchMore;
  /** Shown instead of the list when there are no terms. */
  empty: ReactNode;
}) {
  const connection = getFragmentData(GlossaryTermListFragment, termsRef);
  const list = connection.edges.map((e) => e.node);
  if (list.length === 0) return <>{empty}</>;

  // Terms grouped under their first letter.
  const groups = new Map<string, typeof list>();
  for (const term of list) {
    const first = term.term.charAt(0).toUpperCase();
    const key = /[A-Z]/.test(first) ? first : "#";
    groups.set(key, [...(groups.get(key) ?? []), term]);
  }

  return (
    <>
      {[...groups].map(([key, group]) => (
        <section key={key} className={styles.group} aria-labelledby={`letter-${key}`}>
          <h2 id={`letter-${key}`} className={styles.letter}>
            {key}
          </h2>
          <GlossaryTermGrid>
            {group.map((term) => (
              <GlossaryTermCard key={glossaryTermKey(term)} term={term} />
            ))}
          </GlossaryTermGrid>
        </section>
      ))}
      <LoadMore
        pageInfo={connection.pageInfo}
        shown={list.length}
        total={connection.totalCount}
        pageSize={pageSize}
        noun="term"
        fetchMore={fetchMore}
      />
    </>
  );
}
