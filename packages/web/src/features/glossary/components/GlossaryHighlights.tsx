import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { SkeletonLines } from "../../../shared/ui/states";
import { GlossaryTermCard, GlossaryTermGrid, glossaryTermKey } from "./GlossaryTermCard";

export const GlossaryHighlightsFragment = graphql(`
  fragment GlossaryHighlights_terms on GlossaryTermConnection {
    edges {
      node {
        ...GlossaryTermCard_term
      }
    }
  }
`);

/** A few glossary terms and a link to all; `terms` is undefined while they load. */
export function GlossaryHighlights({ terms: termsRef }: { terms: FragmentType<typeof GlossaryHighlightsFragment> | undefined }) {
  const terms = getFragmentData(GlossaryHighlightsFragment, termsRef)?.edges.map((e) => e.node);
  return (
    <section className="section" aria-labelledby="glossary-heading">
      <div className="section__head">
        <h2 id="glossary-heading" className="section__title">
          From the AI Glossary
        </h2>
        <Link to="/glossary">All terms →</Link>
      </div>
      {!terms ? (
        <SkeletonLines lines={3} label="Loading glossary" />
      ) : (
        <GlossaryTermGrid>
          {terms.map((t) => (
            <GlossaryTermCard key={glossaryTermKey(t)} term={t} />
          ))}
        </GlossaryTermGrid>
      )}
    </section>
  );
}
