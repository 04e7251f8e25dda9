import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { GlossaryTermBody } from "../features/glossary/components/GlossaryTermBody";
import { GlossaryTermFaqs } from "../features/glossary/components/GlossaryTermFaqs";
import { GlossaryTermHeader } from "../features/glossary/components/GlossaryTermHeader";
import { GlossaryTermSkeleton } from "../features/glossary/components/GlossaryTermSkeleton";
import { RelatedTerms } from "../features/glossary/components/RelatedTerms";
import { TermRelatedJobs } from "../features/glossary/components/TermRelatedJobs";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, NotFoundState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import styles from "./GlossaryTermRoute.module.css";

const GlossaryTermRouteQuery = graphql(`
  query GlossaryTermRouteQuery($slug: String!) {
    glossaryTerm(slug: $slug) {
      id
      term
      shortDefinition
      ...GlossaryTermHeader_term
      ...GlossaryTermBody_term
      ...GlossaryTermFaqs_term
      ...RelatedTerms_term
      relatedCategory {
        id
        ...TermRelatedJobs_category
      }
    }
  }
`);

export function GlossaryTermRoute() {
  const { slug = "" } = useParams();
  const { data, error, refetch } = useQuery(GlossaryTermRouteQuery, { variables: { slug } });
  const term = data?.glossaryTerm;
  useDocumentMeta(term ? `What is ${term.term}?` : data ? "Term not found" : "AI Glossary", term?.shortDefinition);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <div className={styles.page}>
        <GlossaryTermSkeleton />
      </div>
    );
  }
  if (!term) {
    return (
      <NotFoundState title="This term isn't in the glossary">
        <p>
          It may have been renamed. <Link to="/glossary">Browse the AI Glossary</Link>.
        </p>
      </NotFoundState>
    );
  }

  return (
    <article className={styles.page}>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "AI Glossary", to: "/glossary" }, { label: term.term }]} />
      <GlossaryTermHeader term={term} />
      <GlossaryTermBody term={term} />
      <GlossaryTermFaqs term={term} />
      <RelatedTerms term={term} />
      {term.relatedCategory && <TermRelatedJobs category={term.relatedCategory} />}
      <p className={styles.backLink}>
        <Link to="/glossary">← Back to AI Glossary</Link>
      </p>
    </article>
  );
}
