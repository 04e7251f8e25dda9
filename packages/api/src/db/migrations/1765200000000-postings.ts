import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Employers and their postings:
 * (Who acts for a company is `users.company_id`, from the accounts migration: one company per employer account.)
 * - `orders`: a posting paid for on a plan, with the plan's price and terms copied in (a plan may
 *   change later) and a numbered invoice (`HAI-<year>-<n>`); UNPAID until an admin marks it PAID.
 * - `job_status_changes`: every change of a job's status — who, when, from, to and why — shown to
 *   its employer.
 * - `jobs.created_by`: the employer who wrote it (null for imported and seeded jobs);
 *   `jobs.expiry_reminded_at`: when its employers were told it ends in three days.
 */
export class Postings1765200000000 implements MigrationInterface {
  name = "Postings1765200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "jobs" ADD COLUMN "created_by" integer REFERENCES "users" ("id") ON DELETE SET NULL`);
    // When its employers were told the posting ends in three days (once per publication).
    await q.query(`ALTER TABLE "jobs" ADD COLUMN "expiry_reminded_at" timestamptz`);

    await q.query(`CREATE TYPE "order_status" AS ENUM ('UNPAID', 'PAID', 'CANCELLED')`);
    await q.query(`CREATE SEQUENCE "invoice_numbers"`);
    await q.query(`
      CREATE TABLE "orders" (
        "id" serial PRIMARY KEY,
        "invoice_number" text NOT NULL UNIQUE
          DEFAULT 'HAI-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('invoice_numbers')::text, 6, '0'),
        "company_id" integer NOT NULL REFERENCES "companies" ("id") ON DELETE CASCADE,
        "job_id" integer NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "plan_id" integer NOT NULL REFERENCES "plans" ("id"),
        "plan_name" text NOT NULL,
        "amount" integer NOT NULL CHECK ("amount" >= 0),
        "currency" char(3) NOT NULL,
        "duration_days" integer NOT NULL,
        "featured_days" integer NOT NULL,
        "status" "order_status" NOT NULL DEFAULT 'UNPAID',
        "billing" jsonb NOT NULL DEFAULT '{}',
        "created_by" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "paid_at" timestamptz,
        "paid_by" integer REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "orders_company_idx" ON "orders" ("company_id", "id")`);
    await q.query(`CREATE INDEX "orders_job_idx" ON "orders" ("job_id")`);
    // A job has at most one order waiting for payment.
    await q.query(`CREATE UNIQUE INDEX "orders_one_unpaid_per_job" ON "orders" ("job_id") WHERE "status" = 'UNPAID'`);

    await q.query(`
      CREATE TABLE "job_status_changes" (
        "id" bigserial PRIMARY KEY,
        "job_id" integer NOT NULL REFERENCES "jobs" ("id") ON DELETE CASCADE,
        "from_status" "job_status",
        "to_status" "job_status" NOT NULL,
        "actor_id" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        "reason" text,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "job_status_changes_job_idx" ON "job_status_changes" ("job_id", "id")`);
    await q.query(`CREATE INDEX "jobs_review_queue_idx" ON "jobs" ("updated_at") WHERE "status" = 'PENDING_REVIEW'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "jobs_review_queue_idx"`);
    await q.query(`DROP TABLE IF EXISTS "job_status_changes"`);
    await q.query(`DROP TABLE IF EXISTS "orders"`);
    await q.query(`DROP SEQUENCE IF EXISTS "invoice_numbers"`);
    await q.query(`DROP TYPE IF EXISTS "order_status"`);
    await q.query(`ALTER TABLE "jobs" DROP COLUMN IF EXISTS "expiry_reminded_at", DROP COLUMN IF EXISTS "created_by"`);
  }
}
