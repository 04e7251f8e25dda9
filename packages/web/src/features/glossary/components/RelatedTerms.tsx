import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { GlossaryTermCard, GlossaryTermGrid, glossaryTermKey } from "./GlossaryTermCard";
import { GlossaryTermSection } from "./GlossaryTermSection";

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
    <GlossaryTermSection id="related-heading" title="Related terms">
      <GlossaryTermGrid>
        {relatedTerms.map((related) => (
          <GlossaryTermCard key={glossaryTermKey(related)} term={related} compact={false} />
        ))}
      </GlossaryTermGrid>
    </GlossaryTermSection>
  );
}
