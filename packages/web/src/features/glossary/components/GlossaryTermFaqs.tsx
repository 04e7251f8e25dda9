import { getFragmentData, graphql, type FragmentType } from "../../../generated";

export const GlossaryTermFaqsFragment = graphql(`
  fragment GlossaryTermFaqs_term on GlossaryTerm {
    id
    faqs {
      question
      answer
    }
  }
`);

/** The term's frequently asked questions, open; nothing when it has none. */
export function GlossaryTermFaqs({ term }: { term: FragmentType<typeof GlossaryTermFaqsFragment> }) {
  const { faqs } = getFragmentData(GlossaryTermFaqsFragment, term);
  if (faqs.length === 0) return null;
  return (
    <section className="term-page__section" aria-labelledby="faq-heading">
      <h2 id="faq-heading">Frequently asked questions</h2>
      <div className="faqs">
        {faqs.map((faq) => (
          <details key={faq.question} className="faq" open>
            <summary>
              <h3>{faq.question}</h3>
            </summary>
            <p>{faq.answer}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
