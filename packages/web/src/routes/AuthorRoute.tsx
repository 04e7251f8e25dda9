import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { ArticleList } from "../features/articles";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const AuthorRouteQuery = graphql(`
  query AuthorRouteQuery($slug: String!) {
    articleAuthor(slug: $slug) {
      name
      bio
      articles(first: 20) {
        id
        ...ArticleCard_article
      }
    }
  }
`);

/** An author's page: who they are and what they wrote. */
export function AuthorRoute() {
  const { slug = "" } = useParams();
  const { data, error, refetch } = useQuery(AuthorRouteQuery, { variables: { slug } });
  const author = data?.articleAuthor;
  useDocumentMeta(author ? author.name : data ? "Author not found" : "Author", author?.bio);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <SkeletonLines lines={6} label="Loading the author" />;
  if (!author) return <NotFoundState title="No such author" />;
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Blog", to: "/blog" }, { label: author.name }]} />
      <div className="page-intro">
        <h1>{author.name}</h1>
        <p className="muted">{author.bio}</p>
      </div>
      <h2 className="section__title">Articles</h2>
      <ArticleList articles={author.articles} headingLevel={3} />
    </>
  );
}
