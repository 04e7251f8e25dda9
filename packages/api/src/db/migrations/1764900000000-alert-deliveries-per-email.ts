import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What an alert has sent, one row per email instead of one per job (a 100k-alert run wrote ~600,000
 * rows and their foreign-key checks; it now writes one per digest):
 * - `alert_deliveries (alert_id, email_id, job_ids int[])`.
 * - `jobs.first_published_xid`: the transaction that first published the job, kept when it is
 *   published again. A job in its first publication cannot have been sent to anyone (each alert's
 *   watermark passes a publication once), so a run reads deliveries only for jobs published again.
 */
export class AlertDeliveriesPerEmail1764900000000 implements MigrationInterface {
  name = "AlertDeliveriesPerEmail1764900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "jobs" ADD COLUMN "first_published_xid" xid8`);
    await q.query(`UPDATE "jobs" SET "first_published_xid" = "published_xid" WHERE "published_xid" IS NOT NULL`);
    await q.query(`
      CREATE OR REPLACE FUNCTION "jobs_published_xid_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'PUBLISHED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'PUBLISHED') THEN
          NEW.published_xid := pg_current_xact_id();
          NEW.first_published_xid := coalesce(NEW.first_published_xid, NEW.published_xid);
        END IF;
        RETURN NEW;
      END $$`);

    await q.query(`ALTER TABLE "alert_deliveries" RENAME TO "alert_deliveries_per_job"`);
    await q.query(`
      CREATE TABLE "alert_deliveries" (
        "alert_id" integer NOT NULL REFERENCES "alerts" ("id") ON DELETE CASCADE,
        "email_id" integer NOT NULL, -- the outbox row that sent them
        "job_ids" integer[] NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("alert_id", "email_id")
      )`);
    await q.query(`
      INSERT INTO "alert_deliveries" ("alert_id", "email_id", "job_ids", "created_at")
      SELECT "alert_id", coalesce("email_id", 0), array_agg("job_id" ORDER BY "job_id"), min("created_at")
      FROM "alert_deliveries_per_job" GROUP BY "alert_id", coalesce("email_id", 0)`);
    await q.query(`DROP TABLE "alert_deliveries_per_job"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alert_deliveries" RENAME TO "alert_deliveries_per_email"`);
    await q.query(`
      CREATE TABLE "alert_deliveries" (
        "alert_id" integer NOT NULL REFERENCES "alerts" ("id") ON DELETE CASCADE,
        "job_id" integer NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "email_id" integer,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("alert_id", "job_id")
      )`);
    await q.query(`CREATE INDEX "alert_deliveries_job_idx" ON "alert_deliveries" ("job_id")`);
    await q.query(`
      INSERT INTO "alert_deliveries" ("alert_id", "job_id", "email_id", "created_at")
      SELECT d."alert_id", j."id", d."email_id", d."created_at"
      FROM "alert_deliveries_per_email" d CROSS JOIN LATERAL unnest(d."job_ids") AS u(job_id) JOIN "jobs" j ON j."id" = u.job_id
      ON CONFLICT DO NOTHING`);
    await q.query(`DROP TABLE "alert_deliveries_per_email"`);
    await q.query(`
      CREATE OR REPLACE FUNCTION "jobs_published_xid_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'PUBLISHED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'PUBLISHED') THEN
          NEW.published_xid := pg_current_xact_id();
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`ALTER TABLE "jobs" DROP COLUMN "first_published_xid"`);
  }
}
