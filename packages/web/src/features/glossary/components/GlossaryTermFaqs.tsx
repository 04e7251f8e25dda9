import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import styles from "./GlossaryTermFaqs.module.css";
import { GlossaryTermSection } from "./GlossaryTermSection";

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
    <GlossaryTermSection id="faq-heading" title="Frequently asked questions">
      <div className={styles.faqs}>
        {faqs.map((faq) => (
          <details key={faq.question} className={styles.faq} open>
            <summary>
              <h3>{faq.question}</h3>
            </summary>
            <p>{faq.answer}</p>
          </details>
        ))}
      </div>
    </GlossaryTermSection>
  );
}
