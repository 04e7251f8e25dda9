import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { formatDate, sitePath } from "../../../shared/utils/format";
import { sectionPage } from "../utils/sections";
import styles from "./ArticleCard.module.css";

export const ArticleCardFragment = graphql(`
  fragment ArticleCard_article on Article {
    id
    url
    title
    summary
    section
    publishedAt
    readingTimeMinutes
    author {
      name
    }
  }
`);

/** An article in a list: its section, title, summary, author, date and reading time. */
export function ArticleCard({
  article: ref,
  headingLevel = 2,
}: {
  article: FragmentType<typeof ArticleCardFragment>;
  headingLevel?: 2 | 3;
}) {
  const article = getFragmentData(ArticleCardFragment, ref);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={`card ${styles.card}`}>
      <p className={styles.section}>{sectionPage(article.section).title}</p>
      <Heading className={styles.title}>
        <Link to={sitePath(article.url, "/")}>{article.title}</Link>
      </Heading>
      <p className="muted">{article.summary}</p>
      <p className={`small muted ${styles.meta}`}>
        {article.author.name}
        {article.publishedAt && <> · {formatDate(article.publishedAt)}</>} · {article.readingTimeMinutes} min read
      </p>
    </article>
  );
}

export function ArticleList({
  articles,
  headingLevel,
}: {
  articles: readonly FragmentType<typeof ArticleCardFragment>[];
  headingLevel?: 2 | 3;
}) {
  return (
    <div className={styles.list}>
      {articles.map((article, i) => (
        <ArticleCard key={i} article={article} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
