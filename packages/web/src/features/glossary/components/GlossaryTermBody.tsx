import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { paragraphs } from "../utils/paragraphs";

export const GlossaryTermBodyFragment = graphql(`
  fragment GlossaryTermBody_term on GlossaryTerm {
    id
    term
    body
    howItWorks
    careerRelevance
    relatedCategory {
      id
      slug
      name
    }
  }
`);

function Prose({ text }: { text: string | null | undefined }) {
  return (
    <div className="prose">
      {paragraphs(text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

/** The term explained: its body, how it works and its career relevance (each section only when written). */
export function GlossaryTermBody({ term: termRef }: { term: FragmentType<typeof GlossaryTermBodyFragment> }) {
  const term = getFragmentData(GlossaryTermBodyFragment, termRef);
  const category = term.relatedCategory;
  return (
    <>
      <Prose text={term.body} />

      {term.howItWorks && (
        <section className="term-page__section" aria-labelledby="how-heading">
          <h2 id="how-heading">How {term.term} works</h2>
          <Prose text={term.howItWorks} />
        </section>
      )}

      {term.careerRelevance && (
        <section className="term-page__section card card--accent" aria-labelledby="career-heading">
          <h2 id="career-heading">Career relevance</h2>
          <Prose text={term.careerRelevance} />
          {category && <Link to={`/jobs/category/${category.slug}`}>See {category.name} jobs →</Link>}
        </section>
      )}
    </>
  );
}
