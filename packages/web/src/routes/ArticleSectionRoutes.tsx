import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { ArticleList, sectionPage } from "../features/articles";
import { graphql } from "../generated";
import type { ArticleSection } from "../generated/graphql";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { LoadMore } from "../shared/ui/LoadMore";
import { EmptyState, ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const PAGE_SIZE = 24;

const ArticleSectionRouteQuery = graphql(`
  query ArticleSectionRouteQuery($section: ArticleSection!, $tag: String, $first: Int, $after: String) {
    articles(first: $first, after: $after, filter: { section: $section, tag: $tag }) {
      totalCount
      edges {
        node {
          id
          ...ArticleCard_article
        }
      }
      pageInfo {
        ...LoadMore_pageInfo
      }
    }
  }
`);

/** A section's index (the footer's Resources): its articles, newest first; `?tag=` narrows it to one tag. */
function ArticleSectionPage({ section }: { section: ArticleSection }) {
  const page = sectionPage(section);
  const tag = useSearchParams()[0].get("tag")?.trim().toLowerCase() || null;
  useDocumentMeta(tag ? `${page.title}: ${tag}` : page.title, page.description);
  const { data, error, refetch, fetchMore } = useQuery(ArticleSectionRouteQuery, { variables: { section, tag, first: PAGE_SIZE } });
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Home", to: "/" }, ...(tag ? [{ label: page.title, to: page.path }, { label: tag }] : [{ label: page.title }])]}
      />
      <div className="page-intro">
        <h1>{tag ? `${page.title} about “${tag}”` : page.title}</h1>
        {tag ? (
          <p className="muted">
            Articles tagged “{tag}”. <Link to={page.path}>All {page.title.toLowerCase()}</Link>
          </p>
        ) : (
          <p className="muted">{page.description}</p>
        )}
        <p className="page-intro__links small">
          Follow it: <a href={`/feeds${page.path}.rss`}>RSS</a> · <a href={`/feeds${page.path}.atom`}>Atom</a>
        </p>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonLines lines={6} label={`Loading ${page.title.toLowerCase()}`} />
      ) : data.articles.edges.length === 0 ? (
        tag ? (
          <EmptyState title={`No articles tagged “${tag}” here`}>
            <p>
              <Link to={page.path}>See all {page.title.toLowerCase()}</Link>
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="Nothing here yet">
            <p>The first articles are being written.</p>
          </EmptyState>
        )
      ) : (
        <>
          <ArticleList articles={data.articles.edges.map((e) => e.node)} />
          <LoadMore
            pageInfo={data.articles.pageInfo}
            shown={data.articles.edges.length}
            total={data.articles.totalCount}
            pageSize={PAGE_SIZE}
            noun="article"
            fetchMore={(variables) => fetchMore({ variables })}
          />
        </>
      )}
    </>
  );
}

export const BlogRoute = () => <ArticleSectionPage section="BLOG" />;
export const CareerAdviceRoute = () => <ArticleSectionPage section="CAREER_ADVICE" />;
export const SalaryGuidesRoute = () => <ArticleSectionPage section="SALARY_GUIDE" />;
export const IndustryNewsRoute = () => <ArticleSectionPage section="INDUSTRY_NEWS" />;
