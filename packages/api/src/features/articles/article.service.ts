import type { DataSource } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { keysetConnection, type KeysetSort } from "../../shared/db/keyset";
import { rowBySlug, rowsByIds } from "../../shared/db/rows";
import { query, sql, type SQL } from "../../shared/db/sql";
import type { Connection, ConnectionArgs } from "../../shared/graphql/connection";
import { manyByKey } from "../../shared/loaders/key-order";
import { JobCategory } from "../categories";
import { Article, ArticleAuthor } from "./article.entity";
import type { ArticleFilter } from "./article.inputs";
import type { ArticleSection } from "./article.enums";

/** Articles anyone may read: published, and not scheduled for later. */
export const PUBLISHED_ARTICLE = sql`a.published_at IS NOT NULL AND a.published_at <= now()`;

/** Minutes a reader takes at 220 words a minute, at least 1. */
export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter((w) => /\w/.test(w)).length;
  return Math.max(1, Math.ceil(words / 220));
}

/**
 * Words typed to find articles: Postgres's web search syntax, English stemming and the weights of the
 * articles' tsvector (title A, summary and tags B, text C), as the jobs' search reads them, ranked by
 * `ts_rank_cd` as a job search by relevance is. Articles are few (hundreds, not the jobs' hundreds of
 * thousands), so Postgres's GIN index answers them without the in-process index jobs need; null for no words.
 */
function articleSearch(words: string | null | undefined): { where: SQL; sort: KeysetSort } | null {
  if (!words?.trim()) return null;
  const tsquery = sql`websearch_to_tsquery('english', ${sql.value(words.trim())}::text)`;
  return {
    where: sql`a.search_vector @@ ${tsquery}`,
    sort: { name: "relevance", key: sql`ts_rank_cd(a.search_vector, ${tsquery})`, keyType: "real", direction: "DESC", id: sql`a.id` },
  };
}

/**
 * A page of the articles `where` keeps, in a section and matching words when given: the best match first for words
 * (articleSearch), else newest first by `newest`'s timestamp (published for readers, last changed for admins).
 */
export function articlePage(
  ds: DataSource,
  q: { where: SQL[]; section?: ArticleSection | null; words?: string | null; newest: { name: string; key: SQL } },
  page: ConnectionArgs,
): Promise<Connection<Article>> {
  const where = [...q.where];
  if (q.section) where.push(sql`a.section = ${sql.value(q.section)}::article_section`);
  const search = articleSearch(q.words);
  if (search) where.push(search.where);
  return keysetConnection<Article>(
    ds,
    {
      select: selectColumns(ds, Article, "a"),
      from: sql`articles a`,
      where,
      sort: search?.sort ?? { ...q.newest, keyType: "timestamptz", direction: "DESC", id: sql`a.id` },
      countInline: "subquery",
    },
    page,
  );
}

export class ArticleService {
  constructor(private readonly ds: DataSource) {}

  private get columns(): SQL {
    return selectColumns(this.ds, Article, "a");
  }

  /** Published articles by section, tag or words: newest first, or the best match first for words. */
  connection(filter: ArticleFilter | null | undefined, page: ConnectionArgs): Promise<Connection<Article>> {
    const where = [PUBLISHED_ARTICLE];
    if (filter?.tag?.trim()) where.push(sql`${sql.value(filter.tag.trim().toLowerCase())}::text = ANY(a.tags)`);
    return articlePage(
      this.ds,
      { where, section: filter?.section, words: filter?.query, newest: { name: "published", key: sql`a.published_at` } },
      page,
    );
  }

  /** A published article by slug, or null (a draft or a scheduled one is not there yet). */
  async bySlug(slug: string): Promise<Article | null> {
    const [row] = await query<Article>(
      this.ds,
      sql`SELECT ${this.columns} FROM articles a WHERE a.slug = ${sql.value(slug)}::text AND ${PUBLISHED_ARTICLE}`,
    );
    return row ?? null;
  }

  /** A published article by id, or null. */
  async byId(id: number): Promise<Article | null> {
    const [row] = await query<Article>(
      this.ds,
      sql`SELECT ${this.columns} FROM articles a WHERE a.id = ${sql.value(id)}::int AND ${PUBLISHED_ARTICLE}`,
    );
    return row ?? null;
  }

  authorBySlug(slug: string): Promise<ArticleAuthor | null> {
    return rowBySlug(this.ds, ArticleAuthor, slug);
  }

  authorsByIds(ids: readonly number[]): Promise<(ArticleAuthor | null)[]> {
    return rowsByIds(this.ds, ArticleAuthor, ids);
  }

  /** Each article's job categories, in the order it names them. */
  async categoriesByArticleIds(ids: readonly number[]): Promise<JobCategory[][]> {
    const rows = await query<JobCategory & { parentKey: number }>(
      this.ds,
      sql`SELECT ac.article_id AS "parentKey", ${selectColumns(this.ds, JobCategory, "c")} FROM article_categories ac
          JOIN job_categories c ON c.id = ac.category_id WHERE ac.article_id = ANY(${sql.value(ids)}::int[]) ORDER BY ac.position, c.id`,
    );
    return manyByKey(ids, rows);
  }

  /** An author's published articles, newest first. */
  byAuthor(authorId: number, first: number): Promise<Article[]> {
    return query<Article>(
      this.ds,
      sql`SELECT ${this.columns} FROM articles a WHERE a.author_id = ${sql.value(authorId)}::int AND ${PUBLISHED_ARTICLE}
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${sql.value(first)}::int`,
    );
  }

  /** Other published articles like this one: those sharing the most tags, then the same section, newest first. */
  related(article: Article, first: number): Promise<Article[]> {
    return query<Article>(
      this.ds,
      sql`SELECT ${this.columns} FROM articles a WHERE a.id <> ${sql.value(article.id)}::int AND ${PUBLISHED_ARTICLE}
          ORDER BY cardinality(ARRAY(SELECT unnest(a.tags) INTERSECT SELECT unnest(${sql.value(article.tags)}::text[]))) DESC,
                   (a.section = ${sql.value(article.section)}::article_section) DESC, a.published_at DESC, a.id DESC
          LIMIT ${sql.value(first)}::int`,
    );
  }

  /** Published articles whose text names any of `names` (a glossary term and its aliases), as phrases, newest first. */
  mentioning(names: readonly string[], first: number): Promise<Article[]> {
    const phrases = sql.join(
      names.map((name) => sql`a.search_vector @@ phraseto_tsquery('english', ${sql.value(name)}::text)`),
      " OR ",
    );
    return query<Article>(
      this.ds,
      sql`SELECT ${this.columns} FROM articles a WHERE ${PUBLISHED_ARTICLE} AND (${phrases})
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${sql.value(first)}::int`,
    );
  }
}
