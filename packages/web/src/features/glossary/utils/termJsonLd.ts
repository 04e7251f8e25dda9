import { graphql } from "../../../generated";
import type { GlossaryTermJsonLd_TermFragment } from "../../../generated/graphql";

/** What a term page's structured data says: spread by the term page, read here (see components/GlossaryTermJsonLd). */
export const GlossaryTermJsonLdFragment = graphql(`
  fragment GlossaryTermJsonLd_term on GlossaryTerm {
    id
    url
    term
    shortDefinition
    faqs {
      question
      answer
    }
  }
`);

/** schema.org DefinedTerm for a glossary term, and an FAQPage when it has questions. */
export function termJsonLd(term: GlossaryTermJsonLd_TermFragment): Record<string, unknown>[] {
  const definedTerm = {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: term.term,
    description: term.shortDefinition,
    url: term.url,
    inDefinedTermSet: { "@type": "DefinedTermSet", name: "HiredinAI AI Glossary", url: term.url.replace(/\/glossary\/.*$/, "/glossary") },
  };
  const faq = term.faqs.length
    ? {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        mainEntity: term.faqs.map((f) => ({
          "@type": "Question",
          name: f.question,
          acceptedAnswer: { "@type": "Answer", text: f.answer },
        })),
      }
    : null;
  return faq ? [definedTerm, faq] : [definedTerm];
}
