import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { GlossaryTermCard, glossaryTermKey } from "./GlossaryTermCard";

export const RelatedTermsFragment = graphql(`
  fragment RelatedTerms_term on GlossaryTerm {
    id
    relatedTerms {
      ...GlossaryTermCard_term
    }
  }
`);

/** Terms related to this one; nothing when there are none. */
export function RelatedTerms({ term }: { term: FragmentType<typeof RelatedTermsFragment> }) {
  const { relatedTerms } = getFragmentData(RelatedTermsFragment, term);
  if (relatedTerms.length === 0) return null;
  return (
    <section className="term-page__section" aria-labelledby="related-heading">
      <h2 id="related-heading">Related terms</h2>
      <ul className="related-terms">
        {relatedTerms.map((related) => (
          <GlossaryTermCard key={glossaryTermKey(related)} term={related} className="card" />
        ))}
      </ul>
    </section>
  );
}
