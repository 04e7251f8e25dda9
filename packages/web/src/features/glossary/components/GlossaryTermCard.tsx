import type { ReactNode } from "react";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { sitePath } from "../../../shared/utils/format";
import styles from "./GlossaryTermCard.module.css";

export const GlossaryTermCardFragment = graphql(`
  fragment GlossaryTermCard_term on GlossaryTerm {
    id
    slug
    url
    term
    shortDefinition
  }
`);

export type GlossaryTermCardRef = FragmentType<typeof GlossaryTermCardFragment>;

/**
 * A term and its one-line definition, linking to the term's page; an item of a GlossaryTermGrid. `compact` (the default)
 * sets the definition in the lists' smaller size; a term's page shows its related terms' at full size.
 */
export function GlossaryTermCard({ term: termRef, compact = true }: { term: GlossaryTermCardRef; compact?: boolean }) {
  const term = getFragmentData(GlossaryTermCardFragment, termRef);
  return (
    <li className={compact ? `card ${styles.term} ${styles.compact}` : `card ${styles.term}`}>
      <h3>
        <Link to={sitePath(term.url, `/glossary/${term.slug}`)}>{term.term}</Link>
      </h3>
      <p className="muted">{term.shortDefinition}</p>
    </li>
  );
}

/** GlossaryTermCards in a grid, as many columns as fit. */
export function GlossaryTermGrid({ children }: { children: ReactNode }) {
  return <ul className={styles.grid}>{children}</ul>;
}

/** The key of a term card in a list. */
export const glossaryTermKey = (term: GlossaryTermCardRef): string => getFragmentData(GlossaryTermCardFragment, term).id;
