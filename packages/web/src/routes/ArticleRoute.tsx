import { useQuery } from "@apollo/client/react";
import { Link, Navigate, useLocation, useParams } from "react-router";
import { ArticleList, SalaryGuideFigures, sectionPage } from "../features/articles";
import { JobList } from "../features/jobs";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { Prose } from "../shared/ui/Prose";
import { ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { formatDate, sitePath } from "../shared/utils/format";
import styles from "./ArticleRoute.module.css";

const ArticleRouteQuery = graphql(`
  query ArticleRouteQuery($slug: String!) {
    article(slug: $slug) {
      id
      url
      title
      summary
      section
      bodyHtml
      publishedAt
      updatedAt
      readingTimeMinutes
      tags
      coverImage {
        url
        alt
      }
      author {
        name
        bio
        url
      }
      categories {
        id
        slug
        name
      }
      ...SalaryGuideFigures_article
      jobs(first: 5) {
        totalCount
        edges {
          node {
            id
            ...JobCard_job
          }
        }
      }
      relatedArticles(first: 3) {
        id
        ...ArticleCard_article
      }
    }
  }
`);

/** An article's page: the text, its author, the live jobs it is about and related reading. */
export function ArticleRoute() {
  const { slug = "" } = useParams();
  const { pathname } = useLocation();
  const { data, error, refetch } = useQuery(ArticleRouteQuery, { variables: { slug } });
  const article = data?.article;
  useDocumentMeta(article ? article.title : data ? "Article not found" : "Article", article?.summary);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <SkeletonLines lines={10} label="Loading the article" />;
  if (!article) {
    return (
      <NotFoundState title="This article isn't here">
        <p>
          It may have moved. <Link to="/blog">Browse the blog</Link> or the <Link to="/career-advice">career advice</Link>.
        </p>
      </NotFoundState>
    );
  }
  // One address per article: under its own section.
  const canonical = sitePath(article.url, pathname);
  if (canonical !== pathname) return <Navigate to={canonical} replace />;

  const section = sectionPage(article.section);
  const [category] = article.categories;
  return (
    <article className={styles.article}>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: section.title, to: section.path }, { label: article.title }]} />
      <header className={styles.header}>
        <h1>{article.title}</h1>
        <p className={`muted ${styles.summary}`}>{article.summary}</p>
        <p className="small muted">
          By <Link to={sitePath(article.author.url, "/")}>{article.author.name}</Link>
          {article.publishedAt && <> · {formatDate(article.publishedAt)}</>} · {article.readingTimeMinutes} min read
        </p>
      </header>
      {article.coverImage && <img className={styles.cover} src={article.coverImage.url} alt={article.coverImage.alt} />}
      {article.section === "SALARY_GUIDE" && <SalaryGuideFigures article={article} />}
      <Prose html={article.bodyHtml} className={styles.body} />
      {article.tags.length > 0 && (
        <p className={`small muted ${styles.tags}`}>
          {article.tags.map((tag) => (
            <Link key={tag} className={styles.tag} to={`${section.path}?tag=${encodeURIComponent(tag)}`}>
              {tag}
            </Link>
          ))}
        </p>
      )}
      <section className="section card" aria-labelledby="about-author">
        <h2 id="about-author" className="section__title">
          About {article.author.name}
        </h2>
        <p className="muted">{article.author.bio}</p>
      </section>
      {article.jobs.edges.length > 0 && category && (
        <section className="section" aria-labelledby="article-jobs">
          <h2 id="article-jobs" className="section__title">
            Open {category.name} jobs
          </h2>
          <JobList jobs={article.jobs.edges.map((e) => e.node)} headingLevel={3} />
          <p>
            <Link to={`/jobs/category/${category.slug}`}>
              All {article.jobs.totalCount} open {category.name} jobs →
            </Link>
          </p>
        </section>
      )}
      {article.relatedArticles.length > 0 && (
        <section className="section" aria-labelledby="related-articles">
          <h2 id="related-articles" className="section__title">
            Related reading
          </h2>
          <ArticleList articles={article.relatedArticles} headingLevel={3} />
        </section>
      )}
    </article>
  );
}
