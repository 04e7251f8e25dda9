import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { ALPHABET, GlossaryLetterNav } from "../features/glossary/components/GlossaryLetterNav";
import { GlossaryTermList } from "../features/glossary/components/GlossaryTermList";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { SearchBar } from "../shared/ui/SearchBar";
import { EmptyState, ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { useSyncedText } from "../shared/ui/useSyncedText";

const PAGE_SIZE = 50;

const GlossaryRouteQuery = graphql(`
  query GlossaryRouteQuery($filter: GlossaryTermFilter, $first: Int!, $after: String) {
    glossaryTerms(filter: $filter, first: $first, after: $after) {
      ...GlossaryTermList_terms
    }
  }
`);

const GlossaryLettersQuery = graphql(`
  query GlossaryLettersQuery {
    glossaryLetters {
      ...GlossaryLetterNav_letter
    }
  }
`);

export function GlossaryRoute() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const letterParam = params.get("letter")?.toUpperCase() ?? "";
  const letter = ALPHABET.includes(letterParam) ? letterParam : "";
  useDocumentMeta(
    letter ? `AI Glossary: ${letter}` : "AI Glossary",
    "Plain-English definitions of AI terms, from attention to zero-shot learning, with the jobs that use them.",
  );

  const filter = { ...(q ? { query: q } : {}), ...(letter ? { letter } : {}) };
  const terms = useQuery(GlossaryRouteQuery, { variables: { filter, first: PAGE_SIZE } });
  const letters = useQuery(GlossaryLettersQuery);
  const data = terms.data ?? terms.previousData;

  const [text, setText] = useSyncedText(q);
  function search(query: string) {
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    setParams(next);
  }

  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "AI Glossary" }]} />
      <div className="page-intro">
        <h1>AI Glossary</h1>
        <p className="muted">Plain-English definitions of the terms you meet in AI jobs, and the roles that use them.</p>
      </div>
      <SearchBar
        label="Search the glossary"
        placeholder="Search terms, e.g. transformer"
        value={text}
        onValueChange={setText}
        onSearch={search}
      />
      <GlossaryLetterNav letters={letters.data?.glossaryLetters} current={letter} all={!letter && !q} />

      {terms.error && !data ? (
        <ErrorState error={terms.error} onRetry={() => void terms.refetch()} />
      ) : !data ? (
        <div className="card">
          <SkeletonLines lines={8} label="Loading terms" />
        </div>
      ) : (
        <GlossaryTermList
          terms={data.glossaryTerms}
          pageSize={PAGE_SIZE}
          fetchMore={(variables) => terms.fetchMore({ variables })}
          empty={
            <EmptyState title={q ? `No terms match “${q}”` : "No terms here yet"}>
              <p>
                Try another word, or <Link to="/glossary">see every term</Link>.
              </p>
            </EmptyState>
          }
        />
      )}
    </>
  );
}
