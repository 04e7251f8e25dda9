import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { paragraphs } from "../utils/paragraphs";
import styles from "./GlossaryTermBody.module.css";
import { GlossaryTermSection } from "./GlossaryTermSection";

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
        <GlossaryTermSection id="how-heading" title={`How ${term.term} works`}>
          <Prose text={term.howItWorks} />
        </GlossaryTermSection>
      )}

      {term.careerRelevance && (
        <GlossaryTermSection id="career-heading" title="Career relevance" className="card card--accent">
          <Prose text={term.careerRelevance} />
          {category && (
            <Link className={styles.careerLink} to={`/jobs/category/${category.slug}`}>
              See {category.name} jobs →
            </Link>
          )}
        </GlossaryTermSection>
      )}
    </>
  );
}
