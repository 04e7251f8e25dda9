import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Career content: articles in four sections (the footer's Blog, Career Advice, Salary Guides and
 * Industry News), each by an author. An article is public once `published_at` has passed: null is a
 * draft, a future time is scheduled. It may name job categories (its page shows their live jobs), and a
 * salary guide names the category and seniority whose live salary figures it shows. Searched with its
 * own tsvector (title A, summary B, tags B, body C), as jobs are.
 */
export class Articles1766000000000 implements MigrationInterface {
  name = "Articles1766000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "article_section" AS ENUM ('BLOG', 'CAREER_ADVICE', 'SALARY_GUIDE', 'INDUSTRY_NEWS')`);
    await q.query(`
      CREATE TABLE "article_authors" (
        "id" serial PRIMARY KEY,
        "slug" text NOT NULL UNIQUE,
        "name" text NOT NULL,
        "bio" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // array_to_string is only STABLE in general (it calls element types' output functions); for text[] it is
    // immutable, which a generated column needs.
    await q.query(
      `CREATE FUNCTION "article_tags_text"(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$`,
    );
    await q.query(`
      CREATE TABLE "articles" (
        "id" serial PRIMARY KEY,
        "slug" text NOT NULL UNIQUE,
        "section" "article_section" NOT NULL,
        "title" text NOT NULL,
        "summary" text NOT NULL,
        "body" text NOT NULL,
        "cover_image_url" text,
        "cover_alt" text,
        "author_id" integer NOT NULL REFERENCES "article_authors" ("id"),
        "tags" text[] NOT NULL DEFAULT '{}',
        "salary_category_id" integer REFERENCES "job_categories" ("id") ON DELETE SET NULL,
        "salary_seniority" "seniority",
        "published_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "search_vector" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', "title"), 'A') ||
          setweight(to_tsvector('english', "summary"), 'B') ||
          setweight(to_tsvector('english', "article_tags_text"("tags")), 'B') ||
          setweight(to_tsvector('english', "body"), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX "articles_published_idx" ON "articles" ("published_at" DESC, "id" DESC) WHERE "published_at" IS NOT NULL`);
    await q.query(`CREATE INDEX "articles_section_published_idx" ON "articles" ("section", "published_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "articles_author_idx" ON "articles" ("author_id")`);
    await q.query(`CREATE INDEX "articles_tags_idx" ON "articles" USING gin ("tags")`);
    await q.query(`CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector")`);
    await q.query(`
      CREATE TABLE "article_categories" (
        "article_id" integer NOT NULL REFERENCES "articles" ("id") ON DELETE CASCADE,
        "category_id" integer NOT NULL REFERENCES "job_categories" ("id") ON DELETE CASCADE,
        "position" integer NOT NULL DEFAULT 0,
        PRIMARY KEY ("article_id", "category_id")
      )`);
    await q.query(`CREATE INDEX "article_categories_category_idx" ON "article_categories" ("category_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "article_categories"`);
    await q.query(`DROP TABLE IF EXISTS "articles"`);
    await q.query(`DROP TABLE IF EXISTS "article_authors"`);
    await q.query(`DROP FUNCTION IF EXISTS "article_tags_text"(text[])`);
    await q.query(`DROP TYPE IF EXISTS "article_section"`);
  }
}
