import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { sitePath } from "../../../shared/utils/format";

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

/** A term and its one-line definition, linking to the term's page. */
export function GlossaryTermCard({ term: termRef, className = "card glossary-item" }: { term: GlossaryTermCardRef; className?: string }) {
  const term = getFragmentData(GlossaryTermCardFragment, termRef);
  return (
    <li className={className}>
      <h3>
        <Link to={sitePath(term.url, `/glossary/${term.slug}`)}>{term.term}</Link>
      </h3>
      <p className="muted">{term.shortDefinition}</p>
    </li>
  );
}

/** The key of a term card in a list. */
export const glossaryTermKey = (term: GlossaryTermCardRef): string => getFragmentData(GlossaryTermCardFragment, term).id;
