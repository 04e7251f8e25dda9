import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { JobList, JobListSkeleton } from "../features/jobs/components/JobCard";
import { graphql } from "../generated";
import type { GlossaryTermRouteQueryQuery as Data } from "../generated/graphql";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { JsonLd } from "../shared/ui/JsonLd";
import { ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { plural, sitePath } from "../shared/utils/format";

const GlossaryTermRouteQuery = graphql(`
  query GlossaryTermRouteQuery($slug: String!) {
    glossaryTerm(slug: $slug) {
      id
      slug
      url
      term
      shortDefinition
      body
      howItWorks
      careerRelevance
      updatedAt
      faqs {
        question
        answer
      }
      relatedTerms {
        id
        slug
        url
        term
        shortDefinition
      }
      relatedCategory {
        id
        slug
        name
        jobCount
        jobs(first: 5) {
          edges {
            node {
              id
              ...JobCard_job
            }
          }
        }
      }
    }
  }
`);

type Term = NonNullable<Data["glossaryTerm"]>;

const paragraphs = (text: string | null | undefined) =>
  (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function termJsonLd(term: Term) {
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

export function GlossaryTermRoute() {
  const { slug = "" } = useParams();
  const { data, error, refetch } = useQuery(GlossaryTermRouteQuery, { variables: { slug } });
  const term = data?.glossaryTerm;
  useDocumentMeta(term ? `What is ${term.term}?` : data ? "Term not found" : "AI Glossary", term?.shortDefinition);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <div className="term-page">
        <SkeletonLines lines={2} label="Loading term" />
        <div className="card">
          <SkeletonLines lines={8} label="Loading definition" />
        </div>
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

  const category = term.relatedCategory;
  const jobs = category?.jobs.edges.map((e) => e.node) ?? [];

  return (
    <article className="term-page">
      {termJsonLd(term).map((d, i) => (
        <JsonLd key={i} data={d} />
      ))}
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "AI Glossary", to: "/glossary" }, { label: term.term }]} />
      <header className="term-page__header">
        <h1>What is {term.term}?</h1>
        <p className="term-page__definition">{term.shortDefinition}</p>
        {category && (
          <Link className="button" to={`/jobs/category/${category.slug}`}>
            Browse {category.name} jobs
          </Link>
        )}
      </header>

      <div className="prose">
        {paragraphs(term.body).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>

      {term.howItWorks && (
        <section className="term-page__section" aria-labelledby="how-heading">
          <h2 id="how-heading">How {term.term} works</h2>
          <div className="prose">
            {paragraphs(term.howItWorks).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      )}

      {term.careerRelevance && (
        <section className="term-page__section card card--accent" aria-labelledby="career-heading">
          <h2 id="career-heading">Career relevance</h2>
          <div className="prose">
            {paragraphs(term.careerRelevance).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
          {category && <Link to={`/jobs/category/${category.slug}`}>See {category.name} jobs →</Link>}
        </section>
      )}

      {term.faqs.length > 0 && (
        <section className="term-page__section" aria-labelledby="faq-heading">
          <h2 id="faq-heading">Frequently asked questions</h2>
          <div className="faqs">
            {term.faqs.map((faq) => (
              <details key={faq.question} className="faq" open>
                <summary>
                  <h3>{faq.question}</h3>
                </summary>
                <p>{faq.answer}</p>
              </details>
            ))}
          </div>
        </section>
      )}

      {term.relatedTerms.length > 0 && (
        <section className="term-page__section" aria-labelledby="related-heading">
          <h2 id="related-heading">Related terms</h2>
          <ul className="related-terms">
            {term.relatedTerms.map((related) => (
              <li key={related.id} className="card">
                <h3>
                  <Link to={sitePath(related.url, `/glossary/${related.slug}`)}>{related.term}</Link>
                </h3>
                <p className="muted">{related.shortDefinition}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {category && (
        <section className="term-page__section" aria-labelledby="related-jobs-heading">
          <h2 id="related-jobs-heading">Related jobs</h2>
          <div className="link-cards">
            <Link className="card link-card" to={`/jobs/category/${category.slug}`}>
              <strong>{category.name} Jobs</strong>
              <span className="muted">{plural(category.jobCount, "open position")}</span>
            </Link>
            <Link className="card link-card" to={`/salaries/${category.slug}`}>
              <strong>{category.name} Salaries</strong>
              <span className="muted">View salary ranges</span>
            </Link>
          </div>
          {jobs.length > 0 ? <JobList jobs={jobs} headingLevel={3} /> : category.jobCount > 0 ? <JobListSkeleton count={2} /> : null}
        </section>
      )}

      <p className="back-link">
        <Link to="/glossary">← Back to AI Glossary</Link>
      </p>
    </article>
  );
}
