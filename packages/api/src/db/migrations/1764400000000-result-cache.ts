import type { MigrationInterface, QueryRunner } from "typeorm";

/** The tables a job listing reads: a write to any of them makes the `jobs` entries stale. */
const GENERATION_TABLES = ["jobs", "job_locations", "companies", "job_categories", "locations"];

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
        -- A ranking: its total, and its first ids with their sort keys. A count: the total alone.
        "total" integer,
        "ids" integer[],
        "keys" text[],
        -- Any other result, as JSON (facet counts).
        "value" jsonb
      )`);
    await q.query(`CREATE INDEX "result_cache_computed_idx" ON "result_cache" ("computed_at")`);
    // The bump runs at commit (a deferred trigger), once per transaction: the generation row is
    // locked only for the instant of committing, so concurrent writers never queue behind one
    // another's open transactions. TRUNCATE cannot defer; it bumps at once.
    await q.query(`
      CREATE FUNCTION "bump_cache_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        done text := 'hiredinai.generation_bumped_' || TG_ARGV[0];
      BEGIN
        IF coalesce(current_setting(done, true), '') <> 'yes' THEN
          UPDATE "cache_generations" SET "generation" = "generation" + 1 WHERE "scope" = TG_ARGV[0];
          PERFORM set_config(done, 'yes', true);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of GENERATION_TABLES) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER "${table}_bump_jobs_generation" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_cache_generation"('jobs')`);
      await q.query(`
        CREATE TRIGGER "${table}_truncate_bump_jobs_generation" AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('jobs')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of GENERATION_TABLES) {
      await q.query(`DROP TRIGGER IF EXISTS "${table}_bump_jobs_generation" ON "${table}"`);
      await q.query(`DROP TRIGGER IF EXISTS "${table}_truncate_bump_jobs_generation" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION IF EXISTS "bump_cache_generation"()`);
    await q.query(`DROP TABLE IF EXISTS "result_cache"`);
    await q.query(`DROP TABLE IF EXISTS "cache_generations"`);
  }
}
