import type { DataSource, EntityManager } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { transactionNamingConstraints, type ConstraintFields } from "../../shared/db/constraint-fields";
import { query, sql, type SQL } from "../../shared/db/sql";
import { BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import type { Connection, ConnectionArgs } from "../../shared/graphql/connection";
import { fromGlobalId, toGlobalId } from "../../shared/graphql/global-id";
import { slugFor } from "../../shared/text/slug";
import type { Actor, AuditService } from "../audit";
import type { Seniority } from "../jobs";
import type { AllArticlesFilter, ArticleAuthorInput, CreateArticleInput, UpdateArticleInput } from "./article-admin.inputs";
import { ARTICLE_LIMITS } from "./article-admin.inputs";
import { Article, ArticleAuthor } from "./article.entity";
import { articlePage, PUBLISHED_ARTICLE } from "./article.service";
import { ArticleSection, ArticleStatus } from "./article.enums";

/** An article as admins edit it and as the audit log keeps it: its columns, with its author and categories by slug. */
export interface ArticleState {
  section: ArticleSection;
  title: string;
  slug: string;
  summary: string;
  body: string;
  author: string;
  tags: string[];
  categories: string[];
  salaryCategory: string | null;
  salarySeniority: Seniority | null;
  coverImageUrl: string | null;
  coverAlt: string | null;
  /** ISO 8601, or null for a draft. */
  publishedAt: string | null;
}

/** Unique and foreign keys of the articles' tables, and the input field each is about (for a write that lost a race). */
const CONSTRAINT_FIELDS: ConstraintFields = {
  articles_slug_key: { field: "input.slug", message: "Another article has this slug." },
  article_authors_slug_key: { field: "input.slug", message: "Another author has this slug." },
  articles_author_id_fkey: { field: "input.author", message: "That author no longer exists." },
  articles_salary_category_id_fkey: { field: "input.salaryCategory", message: "That job category no longer exists." },
  article_categories_category_id_fkey: { field: "input.categories", message: "One of these job categories no longer exists." },
};

/** Which articles each status is. */
const STATUS_CONDITION: Record<ArticleStatus, SQL> = {
  [ArticleStatus.DRAFT]: sql`a.published_at IS NULL`,
  [ArticleStatus.SCHEDULED]: sql`a.published_at > now()`,
  [ArticleStatus.PUBLISHED]: PUBLISHED_ARTICLE,
};

const clean = (text: string) => text.trim();
const cleanOptional = (text: string | null | undefined) => (text == null || text.trim() === "" ? null : text.trim());
const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** Tags trimmed, in lower case, without repeats. */
const cleanTags = (tags: readonly string[]) => [...new Set(tags.map((t) => t.trim().toLowerCase()))];
/** Slugs without repeats, in the order given. */
const unique = (slugs: readonly string[]) => [...new Set(slugs.map((s) => s.trim()))];

/** Whether two states say the same. */
const same = (a: ArticleState, b: ArticleState) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Admins' writing of articles: create and edit them, publish, schedule or take them back to draft, and
 * delete them, each in one transaction with its audit entry (the article before and after). What the
 * database would refuse (a slug taken, an unknown author or category, salary figures on an article that
 * isn't a salary guide) is checked first and every problem reported at once, beside its field. An
 * article scheduled for later becomes public when its time passes: public reads compare `published_at`
 * with the time of the read (PUBLISHED_ARTICLE), so no job has to run.
 */
export class ArticleAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every article whatever its status: the most recently changed first, or the best match first for words. */
  connection(filter: AllArticlesFilter | null | undefined, page: ConnectionArgs): Promise<Connection<Article>> {
    const where = filter?.status ? [STATUS_CONDITION[filter.status]] : [];
    return articlePage(
      this.ds,
      { where, section: filter?.section, words: filter?.query, newest: { name: "updated", key: sql`a.updated_at` } },
      page,
    );
  }

  /** An article in any status, by global id; null when there is none. */
  async byId(globalId: string): Promise<Article | null> {
    const ref = fromGlobalId(globalId);
    if (ref?.type !== "Article") return null;
    return (await this.row(this.ds.manager, ref.id)) ?? null;
  }

  /** Every author, by name (there are a handful; at most `max`). */
  authors(max: number): Promise<ArticleAuthor[]> {
    return query<ArticleAuthor>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, ArticleAuthor, "au")} FROM article_authors au ORDER BY au.name, au.id LIMIT ${sql.value(max)}::int`,
    );
  }

  /** Adds an author (name and bio needed; the slug is made from the name when not given). */
  async createAuthor(actor: Actor, input: ArticleAuthorInput): Promise<ArticleAuthor> {
    const problems: FieldError[] = [];
    if (input.name == null) problems.push({ field: "input.name", message: "Give the author's name." });
    if (input.bio == null) problems.push({ field: "input.bio", message: "Say a few words about them." });
    if (problems.length) throw new BadUserInputError(problems);
    const name = clean(input.name!);
    const next = { name, slug: input.slug ?? slugFor(name, ARTICLE_LIMITS.slug), bio: clean(input.bio!) };
    if (!next.slug)
      throw BadUserInputError.field("input.slug", "Give the author a slug: their name has no letters or digits to make one from.");
    return this.write(async (manager) => {
      await this.checkAuthorSlug(manager, next.slug, null);
      const [author] = await query<ArticleAuthor>(
        manager,
        sql`INSERT INTO article_authors (slug, name, bio) VALUES (${sql.value(next.slug)}, ${sql.value(next.name)}, ${sql.value(next.bio)})
            RETURNING ${selectColumns(this.ds, ArticleAuthor, "article_authors")}`,
      );
      await this.audit.record(manager, actor, {
        action: "articleAuthor.create",
        targetType: "ArticleAuthor",
        targetId: author.id,
        before: null,
        after: next,
      });
      return author;
    });
  }

  /** Changes an author's name, slug or bio (only those given). */
  async updateAuthor(actor: Actor, slug: string, input: ArticleAuthorInput): Promise<ArticleAuthor> {
    return this.write(async (manager) => {
      const [before] = await query<ArticleAuthor>(
        manager,
        sql`SELECT ${selectColumns(this.ds, ArticleAuthor, "au")} FROM article_authors au WHERE au.slug = ${sql.value(slug)} FOR UPDATE`,
      );
      if (!before) throw BadUserInputError.field("slug", `No author has the slug “${slug}”.`);
      const next = {
        name: input.name != null ? clean(input.name) : before.name,
        slug: input.slug ?? before.slug,
        bio: input.bio != null ? clean(input.bio) : before.bio,
      };
      if (next.name === before.name && next.slug === before.slug && next.bio === before.bio) return before;
      await this.checkAuthorSlug(manager, next.slug, before.id);
      const [author] = await query<ArticleAuthor>(
        manager,
        sql`UPDATE article_authors SET slug = ${sql.value(next.slug)}, name = ${sql.value(next.name)}, bio = ${sql.value(next.bio)}
            WHERE id = ${sql.value(before.id)} RETURNING ${selectColumns(this.ds, ArticleAuthor, "article_authors")}`,
      );
      await this.audit.record(manager, actor, {
        action: "articleAuthor.update",
        targetType: "ArticleAuthor",
        targetId: before.id,
        before: { name: before.name, slug: before.slug, bio: before.bio },
        after: next,
      });
      return author;
    });
  }

  private async checkAuthorSlug(manager: EntityManager, slug: string, selfId: number | null): Promise<void> {
    const [taken] = await query<{ name: string }>(
      manager,
      sql`SELECT au.name FROM article_authors au WHERE au.slug = ${sql.value(slug)} AND au.id IS DISTINCT FROM ${sql.value(selfId)}::int`,
    );
    if (taken) throw BadUserInputError.field("input.slug", `${taken.name} already has this slug.`);
  }

  async create(actor: Actor, input: CreateArticleInput): Promise<Article> {
    const title = clean(input.title);
    const next: ArticleState = {
      section: input.section,
      title,
      slug: input.slug ?? slugFor(title, ARTICLE_LIMITS.slug),
      summary: clean(input.summary),
      body: clean(input.body),
      author: clean(input.author),
      tags: cleanTags(input.tags),
      categories: unique(input.categories),
      salaryCategory: cleanOptional(input.salaryCategory),
      salarySeniority: input.salarySeniority ?? null,
      coverImageUrl: cleanOptional(input.coverImageUrl),
      coverAlt: cleanOptional(input.coverAlt),
      publishedAt: iso(input.publishedAt),
    };
    return this.write(async (manager) => {
      const problems: FieldError[] = [];
      if (!next.slug)
        problems.push({ field: "input.slug", message: "Give the article a slug: its title has no letters or digits to make one from." });
      const refs = await this.check(manager, next, null, problems);
      const [{ id }] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO articles (slug, section, title, summary, body, author_id, tags, salary_category_id, salary_seniority,
              cover_image_url, cover_alt, published_at)
            VALUES (${sql.value(next.slug)}, ${sql.value(next.section)}::article_section, ${sql.value(next.title)}, ${sql.value(next.summary)},
              ${sql.value(next.body)}, ${sql.value(refs.authorId)}, ${sql.value(next.tags)}::text[], ${sql.value(refs.salaryCategoryId)},
              ${sql.value(next.salarySeniority)}::seniority, ${sql.value(next.coverImageUrl)}, ${sql.value(next.coverAlt)},
              ${sql.value(next.publishedAt)}::timestamptz)
            RETURNING id`,
      );
      await this.replaceCategories(manager, id, refs.categoryIds);
      await this.audit.record(manager, actor, {
        action: "article.create",
        targetType: "Article",
        targetId: id,
        before: null,
        after: { id, ...next },
      });
      return (await this.row(manager, id))!;
    });
  }

  /** Applies the fields given; returns the article unchanged (writing nothing) when they change nothing. */
  async update(actor: Actor, globalId: string, input: UpdateArticleInput): Promise<Article> {
    const id = articleId(globalId);
    const problems: FieldError[] = [];
    for (const [field, what] of [
      ["section", "The section"],
      ["title", "The title"],
      ["slug", "The slug"],
      ["summary", "The summary"],
      ["body", "The text"],
      ["author", "The author"],
    ] as const) {
      if (input[field] === null) problems.push({ field: `input.${field}`, message: `${what} can't be empty.` });
    }
    if (problems.length) throw new BadUserInputError(problems);
    return this.write(async (manager) => {
      const before = await this.lockedState(manager, id);
      const pick = <K extends keyof ArticleState>(key: K, given: ArticleState[K] | undefined): ArticleState[K] =>
        given === undefined ? before[key] : given;
      const next: ArticleState = {
        section: pick("section", input.section),
        title: pick("title", input.title != null ? clean(input.title) : undefined),
        slug: pick("slug", input.slug),
        summary: pick("summary", input.summary != null ? clean(input.summary) : undefined),
        body: pick("body", input.body != null ? clean(input.body) : undefined),
        author: pick("author", input.author != null ? clean(input.author) : undefined),
        tags: pick("tags", input.tags !== undefined ? cleanTags(input.tags ?? []) : undefined),
        categories: pick("categories", input.categories !== undefined ? unique(input.categories ?? []) : undefined),
        salaryCategory: pick("salaryCategory", input.salaryCategory !== undefined ? cleanOptional(input.salaryCategory) : undefined),
        salarySeniority: pick("salarySeniority", input.salarySeniority),
        coverImageUrl: pick("coverImageUrl", input.coverImageUrl !== undefined ? cleanOptional(input.coverImageUrl) : undefined),
        coverAlt: pick("coverAlt", input.coverAlt !== undefined ? cleanOptional(input.coverAlt) : undefined),
        publishedAt: pick("publishedAt", input.publishedAt !== undefined ? iso(input.publishedAt) : undefined),
      };
      if (same(next, before)) return (await this.row(manager, id))!;
      const refs = await this.check(manager, next, id, problems);
      await query(
        manager,
        sql`UPDATE articles SET slug = ${sql.value(next.slug)}, section = ${sql.value(next.section)}::article_section,
              title = ${sql.value(next.title)}, summary = ${sql.value(next.summary)}, body = ${sql.value(next.body)},
              author_id = ${sql.value(refs.authorId)}, tags = ${sql.value(next.tags)}::text[],
              salary_category_id = ${sql.value(refs.salaryCategoryId)}, salary_seniority = ${sql.value(next.salarySeniority)}::seniority,
              cover_image_url = ${sql.value(next.coverImageUrl)}, cover_alt = ${sql.value(next.coverAlt)},
              published_at = ${sql.value(next.publishedAt)}::timestamptz, updated_at = now()
            WHERE id = ${sql.value(id)}`,
      );
      if (JSON.stringify(next.categories) !== JSON.stringify(before.categories))
        await this.replaceCategories(manager, id, refs.categoryIds);
      await this.audit.record(manager, actor, {
        action: "article.update",
        targetType: "Article",
        targetId: id,
        before: { id, ...before },
        after: { id, ...next },
      });
      return (await this.row(manager, id))!;
    });
  }

  /** Sets when it is public: `"now"` publishes it, a later time schedules it, null makes it a draft again. */
  async setPublication(actor: Actor, globalId: string, at: Date | "now" | null): Promise<Article> {
    const id = articleId(globalId);
    return this.write(async (manager) => {
      const before = await this.lockedState(manager, id);
      const value = at === "now" ? sql`now()` : sql`${sql.value(iso(at))}::timestamptz`;
      const [{ publishedAt }] = await query<{ publishedAt: Date | null }>(
        manager,
        sql`UPDATE articles SET published_at = ${value}, updated_at = now() WHERE id = ${sql.value(id)} RETURNING published_at AS "publishedAt"`,
      );
      await this.audit.record(manager, actor, {
        action: at === null ? "article.unpublish" : "article.publish",
        targetType: "Article",
        targetId: id,
        before: { id, publishedAt: before.publishedAt },
        after: { id, publishedAt: iso(publishedAt) },
      });
      return (await this.row(manager, id))!;
    });
  }

  /** Deletes an article; the audit entry keeps all of it, so it can be put back by hand. */
  async delete(actor: Actor, globalId: string): Promise<{ deletedId: string; slug: string }> {
    const id = articleId(globalId);
    return this.write(async (manager) => {
      const before = await this.lockedState(manager, id);
      await query(manager, sql`DELETE FROM articles WHERE id = ${sql.value(id)}`);
      await this.audit.record(manager, actor, {
        action: "article.delete",
        targetType: "Article",
        targetId: id,
        before: { id, ...before },
        after: null,
      });
      return { deletedId: toGlobalId("Article", id), slug: before.slug };
    });
  }

  /**
   * Checks `next` against the database (other articles than `selfId`, authors, categories), adding to
   * `problems`, and throws them all as one BAD_USER_INPUT; returns the ids its slugs name.
   */
  private async check(
    manager: EntityManager,
    next: ArticleState,
    selfId: number | null,
    problems: FieldError[],
  ): Promise<{ authorId: number; categoryIds: number[]; salaryCategoryId: number | null }> {
    const categorySlugs = [...next.categories, ...(next.salaryCategory ? [next.salaryCategory] : [])];
    const [found] = await query<{ slugTaken: string | null; authorId: number | null; categories: { id: number; slug: string }[] }>(
      manager,
      sql`SELECT (SELECT o.title FROM articles o WHERE o.slug = ${sql.value(next.slug)} AND o.id IS DISTINCT FROM ${sql.value(selfId)}::int) AS "slugTaken",
            (SELECT au.id FROM article_authors au WHERE au.slug = ${sql.value(next.author)}) AS "authorId",
            coalesce((SELECT json_agg(json_build_object('id', c.id, 'slug', c.slug)) FROM job_categories c
                      WHERE c.slug = ANY(${sql.value(categorySlugs)}::text[])), '[]') AS categories`,
    );
    if (found.slugTaken != null) problems.push({ field: "input.slug", message: `“${found.slugTaken}” already has this slug.` });
    if (found.authorId == null) problems.push({ field: "input.author", message: `No author has the slug “${next.author}”.` });
    const idBySlug = new Map(found.categories.map((c) => [c.slug, c.id]));
    const unknown = next.categories.filter((slug) => !idBySlug.has(slug));
    if (unknown.length) {
      problems.push({ field: "input.categories", message: `No job category has the slug ${unknown.map((s) => `“${s}”`).join(", ")}.` });
    }
    if (next.salaryCategory != null && !idBySlug.has(next.salaryCategory)) {
      problems.push({ field: "input.salaryCategory", message: `No job category has the slug “${next.salaryCategory}”.` });
    }
    if (next.section !== ArticleSection.SALARY_GUIDE && next.salaryCategory != null) {
      problems.push({
        field: "input.salaryCategory",
        message: "Only a salary guide shows salary figures: leave it empty or make the article a salary guide.",
      });
    }
    if (next.salarySeniority != null && next.salaryCategory == null) {
      problems.push({ field: "input.salarySeniority", message: "Choose the guide's job category too: the seniority narrows its figures." });
    }
    if (next.coverImageUrl != null && next.coverAlt == null) {
      problems.push({ field: "input.coverAlt", message: "Say what the cover picture shows, for people who can't see it." });
    }
    if (next.coverImageUrl == null && next.coverAlt != null) {
      problems.push({ field: "input.coverImageUrl", message: "Give the picture's address, or leave its description empty." });
    }
    if (problems.length) throw new BadUserInputError(problems);
    return {
      authorId: found.authorId!,
      categoryIds: next.categories.map((slug) => idBySlug.get(slug)!),
      salaryCategoryId: next.salaryCategory != null ? idBySlug.get(next.salaryCategory)! : null,
    };
  }

  /** The article as it stands, locked for this transaction; BAD_USER_INPUT on `id` when there is none. */
  private async lockedState(manager: EntityManager, id: number): Promise<ArticleState> {
    const [state] = await query<Omit<ArticleState, "publishedAt"> & { publishedAt: Date | null }>(
      manager,
      sql`SELECT a.section, a.title, a.slug, a.summary, a.body, au.slug AS author, a.tags,
            coalesce((SELECT json_agg(c.slug ORDER BY ac.position, c.id) FROM article_categories ac
                      JOIN job_categories c ON c.id = ac.category_id WHERE ac.article_id = a.id), '[]') AS categories,
            sc.slug AS "salaryCategory", a.salary_seniority AS "salarySeniority", a.cover_image_url AS "coverImageUrl",
            a.cover_alt AS "coverAlt", a.published_at AS "publishedAt"
          FROM articles a JOIN article_authors au ON au.id = a.author_id LEFT JOIN job_categories sc ON sc.id = a.salary_category_id
          WHERE a.id = ${sql.value(id)} FOR UPDATE OF a`,
    );
    if (!state) throw BadUserInputError.field("id", "No article has this id.");
    return { ...state, publishedAt: iso(state.publishedAt) };
  }

  private async replaceCategories(manager: EntityManager, id: number, categoryIds: number[]): Promise<void> {
    await query(manager, sql`DELETE FROM article_categories WHERE article_id = ${sql.value(id)}`);
    if (!categoryIds.length) return;
    await query(
      manager,
      sql`INSERT INTO article_categories (article_id, category_id, position)
          SELECT ${sql.value(id)}, c.id, c.ord - 1 FROM unnest(${sql.value(categoryIds)}::int[]) WITH ORDINALITY AS c(id, ord)`,
    );
  }

  private async row(manager: EntityManager, id: number): Promise<Article | undefined> {
    const [row] = await query<Article>(
      manager,
      sql`SELECT ${selectColumns(this.ds, Article, "a")} FROM articles a WHERE a.id = ${sql.value(id)}`,
    );
    return row;
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return transactionNamingConstraints(this.ds, CONSTRAINT_FIELDS, work);
  }
}

/** The article a global id names; anything else is BAD_USER_INPUT on `id`. */
function articleId(globalId: string): number {
  const ref = fromGlobalId(globalId);
  if (ref?.type !== "Article") throw BadUserInputError.field("id", "is not the id of an article");
  return ref.id;
}
