import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The change log that keeps each API process's search index in step with `jobs`
 * (features/search). Every statement that inserts, updates (a searchable column), or deletes jobs,
 * or changes their locations, appends one row per job; TRUNCATE appends a row with no job, which
 * tells every process to rebuild. `xid` is the writing transaction's: a process re-reads rows from
 * transactions that were still running at its last read, since a sequence number drawn early can
 * commit late.
 */
export class JobSearchChanges1765700000000 implements MigrationInterface {
  name = "JobSearchChanges1765700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "job_search_changes" (
        "seq" bigserial PRIMARY KEY,
        "job_id" integer,
        "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
        "changed_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "job_search_changes_xid_idx" ON "job_search_changes" ("xid")`);
    await q.query(`CREATE INDEX "job_search_changes_changed_at_idx" ON "job_search_changes" ("changed_at")`);

    // What the index reads of a job: a change to anything else (view counts, moderation notes) is not logged.
    const searchable = [
      "status",
      "valid_through",
      "posted_at",
      "category_id",
      "company_id",
      "seniority",
      "employment_type",
      "remote",
      "salary_min_usd",
      "salary_max_usd",
      "featured_until",
      "tags",
      "search_vector",
    ];
    const changed = searchable.map((c) => `n."${c}" IS DISTINCT FROM o."${c}"`).join(" OR ");
    await q.query(`
      CREATE FUNCTION "job_search_log"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          INSERT INTO "job_search_changes" ("job_id") VALUES (NULL);
        ELSIF TG_TABLE_NAME = 'jobs' AND TG_OP = 'INSERT' THEN
          INSERT INTO "job_search_changes" ("job_id") SELECT "id" FROM "new_rows";
        ELSIF TG_TABLE_NAME = 'jobs' AND TG_OP = 'UPDATE' THEN
          INSERT INTO "job_search_changes" ("job_id")
          SELECT n."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id" WHERE ${changed};
        ELSIF TG_TABLE_NAME = 'jobs' THEN
          INSERT INTO "job_search_changes" ("job_id") SELECT "id" FROM "old_rows";
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO "job_search_changes" ("job_id") SELECT DISTINCT "job_id" FROM "old_rows";
        ELSE
          INSERT INTO "job_search_changes" ("job_id") SELECT DISTINCT "job_id" FROM "new_rows";
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "jobs_search_log_insert" AFTER INSERT ON "jobs" REFERENCING NEW TABLE AS "new_rows"
      FOR EACH STATEMENT EXECUTE FUNCTION "job_search_log"()`);
    await q.query(`CREATE TRIGGER "jobs_search_log_update" AFTER UPDATE ON "jobs" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
      FOR EACH STATEMENT EXECUTE FUNCTION "job_search_log"()`);
    await q.query(`CREATE TRIGGER "jobs_search_log_delete" AFTER DELETE ON "jobs" REFERENCING OLD TABLE AS "old_rows"
      FOR EACH STATEMENT EXECUTE FUNCTION "job_search_log"()`);
    await q.query(`CREATE TRIGGER "jobs_search_log_truncate" AFTER TRUNCATE ON "jobs"
      FOR EACH STATEMENT EXECUTE FUNCTION "job_search_log"()`);
    await q.query(`CREATE TRIGGER "job_locations_search_log_insert" AFTER INSERT ON "job_locations" REFERENCING NEW TABLE AS "new_rows"
      FOR EACH STATEMENT EXECUTE FUNCTION "job_search_log"()`);
    await q.query(`CREATE TRIGGER "job_locations_search_log_delete" AFTER DELETE ON "job_locations" REFERENCING OLD TABLE AS "old_rows"
      FOR EACH STATEMENT EXECUTE FUNCTION "job_search_log"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ["jobs_search_log_insert", "jobs"],
      ["jobs_search_log_update", "jobs"],
      ["jobs_search_log_delete", "jobs"],
      ["jobs_search_log_truncate", "jobs"],
      ["job_locations_search_log_insert", "job_locations"],
      ["job_locations_search_log_delete", "job_locations"],
    ]) {
      await q.query(`DROP TRIGGER IF EXISTS "${trigger}" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION IF EXISTS "job_search_log"()`);
    await q.query(`DROP TABLE IF EXISTS "job_search_changes"`);
  }
}
