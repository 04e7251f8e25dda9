import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A cache, in Postgres, of results that are costly to compute: a text search's ranking (it orders and
 * counts every match) and list totals (a count visits every matching row). Every API process shares
 * it and none keeps state of its own. An entry counts only while the data it was computed from is
 * unchanged: each write to a table a job listing reads bumps the `jobs` generation, in the writer's
 * transaction, so a result computed in one snapshot is stored under the generation of that snapshot.
 */
export class ResultCache1764400000000 implements MigrationInterface {
  name = "ResultCache1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cache_generations" (
        "scope" text PRIMARY KEY,
        "generation" bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`INSERT INTO "cache_generations" ("scope") VALUES ('jobs')`);
    // Unlogged: a cache needs no WAL, and an empty one after a crash is correct.
    await q.query(`
      CREATE UNLOGGED TABLE "result_cache" (
        "key" text PRIMARY KEY,
        "scope" text NOT NULL REFERENCES "cache_generations" ("scope"),
        "generation" bigint NOT NULL,
        "computed_at" timestamptz NOT NULL,
        "total" integer NOT NULL,
        "ids" integer[] NOT NULL,
        "keys" text[] NOT NULL
      )`);
    await q.query(`CREATE INDEX "result_cache_computed_idx" ON "result_cache" ("computed_at")`);
    await q.query(`
      CREATE FUNCTION "bump_cache_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "cache_generations" SET "generation" = "generation" + 1 WHERE "scope" = TG_ARGV[0];
        RETURN NULL;
      END $$`);
    for (const table of ["jobs", "job_locations", "companies", "job_categories", "locations"]) {
      await q.query(`
        CREATE TRIGGER "${table}_bump_jobs_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('jobs')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["jobs", "job_locations", "companies", "job_categories", "locations"]) {
      await q.query(`DROP TRIGGER IF EXISTS "${table}_bump_jobs_generation" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION IF EXISTS "bump_cache_generation"()`);
    await q.query(`DROP TABLE IF EXISTS "result_cache"`);
    await q.query(`DROP TABLE IF EXISTS "cache_generations"`);
  }
}
