import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import styles from "./GlossaryTermHeader.module.css";

export const GlossaryTermHeaderFragment = graphql(`
  fragment GlossaryTermHeader_term on GlossaryTerm {
    id
    term
    shortDefinition
    relatedCategory {
      id
      slug
      name
    }
  }
`);

/** "What is …?", the one-line definition and the related category's jobs. */
export function GlossaryTermHeader({ term: termRef }: { term: FragmentType<typeof GlossaryTermHeaderFragment> }) {
  const term = getFragmentData(GlossaryTermHeaderFragment, termRef);
  const category = term.relatedCategory;
  return (
    <header className={styles.header}>
      <h1>What is {term.term}?</h1>
      <p className={styles.definition}>{term.shortDefinition}</p>
      {category && (
        <Link className="button" to={`/jobs/category/${category.slug}`}>
          Browse {category.name} jobs
        </Link>
      )}
    </header>
  );
}
