import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Alerts that deliver (see features/alerts/README.md for the whole design):
 * - `jobs.published_xid`: the transaction that published a job, set by a trigger. An alert's
 *   `watermark` is the snapshot its last run read jobs under; the next run takes exactly the jobs
 *   that snapshot could not see, so a job committed while a run was in progress is not skipped.
 * - `alerts`: who owns it (`user_id`, set when created signed in), when it sends (`time_zone`,
 *   `send_hour`, `send_weekday`, `next_run_at`), what it has sent (`watermark`, `last_sent_at`),
 *   bounces, and its criteria resolved for set-based matching (`match_*`: ids, enums, a tsquery,
 *   the salary in USD). The random confirm/manage token hashes give way to signed links.
 * - `alert_deliveries`: every job each alert has sent, so none is ever sent twice.
 * - `email_outbox`: extra headers (List-Unsubscribe), the alert it was for, BOUNCED.
 * - `app_secrets`: secrets the API makes for itself (the link-signing key), shared by every process.
 */
export class AlertDelivery1764800000000 implements MigrationInterface {
  name = "AlertDelivery1764800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "email_status" ADD VALUE IF NOT EXISTS 'BOUNCED'`);
    await q.query(`ALTER TYPE "alert_status" ADD VALUE IF NOT EXISTS 'PAUSED'`);

    await q.query(`ALTER TABLE "jobs" ADD COLUMN "published_xid" xid8`);
    await q.query(`CREATE INDEX "jobs_published_xid_idx" ON "jobs" ("published_xid") WHERE "published_xid" IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION "jobs_published_xid_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'PUBLISHED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'PUBLISHED') THEN
          NEW.published_xid := pg_current_xact_id();
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER "jobs_published_xid" BEFORE INSERT OR UPDATE OF "status" ON "jobs"
      FOR EACH ROW EXECUTE FUNCTION "jobs_published_xid_trigger"()`);

    await q.query(`
      ALTER TABLE "alerts"
        DROP COLUMN "confirm_token_hash",
        DROP COLUMN "manage_token_hash",
        ADD COLUMN "user_id" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        ADD COLUMN "time_zone" text NOT NULL DEFAULT 'UTC',
        ADD COLUMN "send_hour" smallint NOT NULL DEFAULT 8 CHECK ("send_hour" BETWEEN 0 AND 23),
        ADD COLUMN "send_weekday" smallint NOT NULL DEFAULT 1 CHECK ("send_weekday" BETWEEN 1 AND 7),
        ADD COLUMN "watermark" pg_snapshot,
        ADD COLUMN "next_run_at" timestamptz,
        ADD COLUMN "last_sent_at" timestamptz,
        ADD COLUMN "hard_bounces" integer NOT NULL DEFAULT 0,
        ADD COLUMN "paused_reason" text,
        ADD COLUMN "updated_at" timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN "match_query" tsquery,
        ADD COLUMN "match_category_ids" integer[] NOT NULL DEFAULT '{}',
        ADD COLUMN "match_seniorities" seniority[] NOT NULL DEFAULT '{}',
        ADD COLUMN "match_employment_types" employment_type[] NOT NULL DEFAULT '{}',
        ADD COLUMN "match_remote" remote_policy[] NOT NULL DEFAULT '{}',
        ADD COLUMN "match_location_ids" integer[] NOT NULL DEFAULT '{}',
        ADD COLUMN "match_company_ids" integer[] NOT NULL DEFAULT '{}',
        ADD COLUMN "match_tags" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "match_salary_min_usd" integer`);
    // Confirmation never worked before this migration: no alert can have become ACTIVE through it.
    await q.query(`CREATE INDEX "alerts_due_idx" ON "alerts" ("next_run_at") WHERE "next_run_at" IS NOT NULL`);
    await q.query(`CREATE INDEX "alerts_user_idx" ON "alerts" ("user_id") WHERE "user_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "alerts_created_at_idx" ON "alerts" ("created_at")`);

    // When an alert is next due, strictly after `after`: INSTANT alerts are always due; DAILY at
    // send_hour:00 local time, WEEKLY on send_weekday (ISO, 1 = Monday) at that hour. Local times
    // that a clock change skips or repeats resolve as Postgres resolves them (the later offset).
    await q.query(`
      CREATE FUNCTION "alert_next_run"(frequency alert_frequency, tz text, send_hour integer, send_weekday integer, after timestamptz)
      RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
      DECLARE
        today timestamp := date_trunc('day', after AT TIME ZONE tz);
        candidate timestamptz;
      BEGIN
        IF frequency = 'INSTANT' THEN
          RETURN after;
        ELSIF frequency = 'DAILY' THEN
          candidate := (today + make_interval(hours => send_hour)) AT TIME ZONE tz;
          IF candidate <= after THEN
            candidate := (today + interval '1 day' + make_interval(hours => send_hour)) AT TIME ZONE tz;
          END IF;
        ELSE
          candidate := (today + make_interval(days => (send_weekday - extract(isodow FROM today)::integer + 7) % 7, hours => send_hour)) AT TIME ZONE tz;
          IF candidate <= after THEN
            candidate := (today + make_interval(days => (send_weekday - extract(isodow FROM today)::integer + 7) % 7 + 7, hours => send_hour)) AT TIME ZONE tz;
          END IF;
        END IF;
        RETURN candidate;
      END $$`);

    await q.query(`
      CREATE TABLE "alert_deliveries" (
        "alert_id" integer NOT NULL REFERENCES "alerts" ("id") ON DELETE CASCADE,
        "job_id" integer NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "email_id" integer, -- the outbox row that sent it (no foreign key: a run writes thousands of these at once)
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("alert_id", "job_id")
      )`);
    await q.query(`CREATE INDEX "alert_deliveries_job_idx" ON "alert_deliveries" ("job_id")`);

    await q.query(`
      ALTER TABLE "email_outbox"
        ADD COLUMN "headers" jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN "alert_id" integer REFERENCES "alerts" ("id") ON DELETE SET NULL`);
    await q.query(`CREATE INDEX "email_outbox_alert_idx" ON "email_outbox" ("alert_id") WHERE "alert_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox" ("created_at")`);

    await q.query(`
      CREATE TABLE "app_secrets" (
        "name" text PRIMARY KEY,
        "value" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "app_secrets"`);
    await q.query(`DROP FUNCTION IF EXISTS "alert_next_run"(alert_frequency, text, integer, integer, timestamptz)`);
    await q.query(`ALTER TABLE "email_outbox" DROP COLUMN IF EXISTS "alert_id", DROP COLUMN IF EXISTS "headers"`);
    await q.query(`DROP TABLE IF EXISTS "alert_deliveries"`);
    await q.query(`
      ALTER TABLE "alerts"
        DROP COLUMN "user_id", DROP COLUMN "time_zone", DROP COLUMN "send_hour", DROP COLUMN "send_weekday",
        DROP COLUMN "watermark", DROP COLUMN "next_run_at", DROP COLUMN "last_sent_at", DROP COLUMN "hard_bounces",
        DROP COLUMN "paused_reason", DROP COLUMN "updated_at", DROP COLUMN "match_query", DROP COLUMN "match_category_ids",
        DROP COLUMN "match_seniorities", DROP COLUMN "match_employment_types", DROP COLUMN "match_remote",
        DROP COLUMN "match_location_ids", DROP COLUMN "match_company_ids", DROP COLUMN "match_tags",
        DROP COLUMN "match_salary_min_usd",
        ADD COLUMN "confirm_token_hash" text UNIQUE,
        ADD COLUMN "manage_token_hash" text UNIQUE`);
    await q.query(`DROP TRIGGER IF EXISTS "jobs_published_xid" ON "jobs"`);
    await q.query(`DROP FUNCTION IF EXISTS "jobs_published_xid_trigger"()`);
    await q.query(`ALTER TABLE "jobs" DROP COLUMN IF EXISTS "published_xid"`);
    // Enum values stay: Postgres cannot drop them.
  }
}
