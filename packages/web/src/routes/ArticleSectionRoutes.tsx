import { useQuery } from "@apollo/client/react";
import { ArticleList, sectionPage } from "../features/articles";
import { graphql } from "../generated";
import type { ArticleSection } from "../generated/graphql";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState, ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const ArticleSectionRouteQuery = graphql(`
  query ArticleSectionRouteQuery($section: ArticleSection!) {
    articles(first: 50, filter: { section: $section }) {
      totalCount
      edges {
        node {
          id
          ...ArticleCard_article
        }
      }
    }
  }
`);

/** A section's index (the footer's Resources): its articles, newest first. */
function ArticleSectionPage({ section }: { section: ArticleSection }) {
  const page = sectionPage(section);
  useDocumentMeta(page.title, page.description);
  const { data, error, refetch } = useQuery(ArticleSectionRouteQuery, { variables: { section } });
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: page.title }]} />
      <div className="page-intro">
        <h1>{page.title}</h1>
        <p className="muted">{page.description}</p>
        <p className="page-intro__links small">
          Follow it: <a href={`/feeds${page.path}.rss`}>RSS</a> · <a href={`/feeds${page.path}.atom`}>Atom</a>
        </p>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonLines lines={6} label={`Loading ${page.title.toLowerCase()}`} />
      ) : data.articles.edges.length === 0 ? (
        <EmptyState title="Nothing here yet">
          <p>The first articles are being written.</p>
        </EmptyState>
      ) : (
        <ArticleList articles={data.articles.edges.map((e) => e.node)} />
      )}
    </>
  );
}

export const BlogRoute = () => <ArticleSectionPage section="BLOG" />;
export const CareerAdviceRoute = () => <ArticleSectionPage section="CAREER_ADVICE" />;
export const SalaryGuidesRoute = () => <ArticleSectionPage section="SALARY_GUIDE" />;
export const IndustryNewsRoute = () => <ArticleSectionPage section="INDUSTRY_NEWS" />;
