import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * How far the search change log (job_search_changes) has been pruned: the worker deletes rows older
 * than an hour (features/search/search.tasks.ts) and records the highest sequence number deleted.
 * A process whose index has applied less than that has missed changes it can no longer read, and
 * rebuilds (one that polls every second never is).
 */
export class SearchLogHorizon1765900000000 implements MigrationInterface {
  name = "SearchLogHorizon1765900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "job_search_horizon" (
        "only" boolean PRIMARY KEY DEFAULT true CHECK ("only"),
        "pruned_through" bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`INSERT INTO "job_search_horizon" DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "job_search_horizon"`);
  }
}
