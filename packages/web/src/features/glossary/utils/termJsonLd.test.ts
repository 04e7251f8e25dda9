/// <reference types="jest" />
import { termJsonLd } from "./termJsonLd";

const term = {
  id: "R2xvc3Nhcnk6MQ",
  url: "https://hiredin.ai/glossary/rag",
  term: "RAG",
  shortDefinition: "Retrieval-augmented generation.",
  faqs: [{ question: "Is RAG fine-tuning?", answer: "No." }],
};

test("a term is a DefinedTerm in the glossary's set, with an FAQPage for its questions", () => {
  const [defined, faq] = termJsonLd(term);
  expect(defined).toMatchObject({
    "@type": "DefinedTerm",
    name: "RAG",
    inDefinedTermSet: { "@type": "DefinedTermSet", url: "https://hiredin.ai/glossary" },
  });
  expect(faq).toMatchObject({ "@type": "FAQPage", mainEntity: [{ name: "Is RAG fine-tuning?", acceptedAnswer: { text: "No." } }] });
});

test("a term without questions has no FAQPage", () => {
  expect(termJsonLd({ ...term, faqs: [] })).toHaveLength(1);
});
