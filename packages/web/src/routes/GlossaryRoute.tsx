import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { LoadMore } from "../shared/ui/LoadMore";
import { SearchBar } from "../shared/ui/SearchBar";
import { EmptyState, ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { sitePath } from "../shared/utils/format";
import { useSyncedText } from "../shared/ui/useSyncedText";

const PAGE_SIZE = 50;

const GlossaryRouteQuery = graphql(`
  query GlossaryRouteQuery($filter: GlossaryTermFilter, $first: Int!, $after: String) {
    glossaryTerms(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          url
          term
          shortDefinition
        }
      }
    }
  }
`);

const GlossaryLettersQuery = graphql(`
  query GlossaryLettersQuery {
    glossaryLetters {
      letter
      count
    }
  }
`);

const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"];

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
  const counts = new Map(letters.data?.glossaryLetters.map((l) => [l.letter, l.count]));
  const data = terms.data ?? terms.previousData;
  const list = data?.glossaryTerms.edges.map((e) => e.node) ?? [];

  const [text, setText] = useSyncedText(q);
  function search(query: string) {
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    setParams(next);
  }

  // Terms grouped under their first letter.
  const groups = new Map<string, typeof list>();
  for (const term of list) {
    const first = term.term.charAt(0).toUpperCase();
    const key = /[A-Z]/.test(first) ? first : "#";
    groups.set(key, [...(groups.get(key) ?? []), term]);
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
      <nav className="letters" aria-label="Glossary A to Z">
        <ul>
          <li>
            <Link to="/glossary" className={`letter${!letter && !q ? " is-active" : ""}`} aria-current={!letter && !q ? "page" : undefined}>
              All
            </Link>
          </li>
          {ALPHABET.map((l) =>
            counts.get(l) ? (
              <li key={l}>
                <Link
                  to={`/glossary?letter=${encodeURIComponent(l)}`}
                  className={`letter${letter === l ? " is-active" : ""}`}
                  aria-current={letter === l ? "page" : undefined}
                  aria-label={`${l === "#" ? "Digits and symbols" : l}: ${counts.get(l)} terms`}
                >
                  {l}
                </Link>
              </li>
            ) : (
              <li key={l}>
                <span className="letter letter--empty" aria-hidden="true">
                  {l}
                </span>
              </li>
            ),
          )}
        </ul>
      </nav>

      {terms.error && !data ? (
        <ErrorState error={terms.error} onRetry={() => void terms.refetch()} />
      ) : !data ? (
        <div className="card">
          <SkeletonLines lines={8} label="Loading terms" />
        </div>
      ) : list.length === 0 ? (
        <EmptyState title={q ? `No terms match “${q}”` : "No terms here yet"}>
          <p>
            Try another word, or <Link to="/glossary">see every term</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          {[...groups].map(([key, group]) => (
            <section key={key} className="glossary-group" aria-labelledby={`letter-${key}`}>
              <h2 id={`letter-${key}`} className="glossary-group__letter">
                {key}
              </h2>
              <ul className="glossary-list">
                {group.map((term) => (
                  <li key={term.id} className="card glossary-item">
                    <h3>
                      <Link to={sitePath(term.url, `/glossary/${term.slug}`)}>{term.term}</Link>
                    </h3>
                    <p className="muted">{term.shortDefinition}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <LoadMore
            pageInfo={data.glossaryTerms.pageInfo}
            shown={list.length}
            total={data.glossaryTerms.totalCount}
            pageSize={PAGE_SIZE}
            noun="term"
            fetchMore={(variables) => terms.fetchMore({ variables })}
          />
        </>
      )}
    </>
  );
}
