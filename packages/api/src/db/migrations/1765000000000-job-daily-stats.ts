import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Views of a job's page and clicks on its Apply button, counted per job and UTC day: one row a job
 * a day, whatever the traffic (no row per click), for the employer's dashboard.
 */
export class JobDailyStats1765000000000 implements MigrationInterface {
  name = "JobDailyStats1765000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "job_daily_stats" (
        "job_id" integer NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "day" date NOT NULL,
        "views" integer NOT NULL DEFAULT 0 CHECK ("views" >= 0),
        "apply_clicks" integer NOT NULL DEFAULT 0 CHECK ("apply_clicks" >= 0),
        PRIMARY KEY ("job_id", "day")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "job_daily_stats"`);
  }
}
