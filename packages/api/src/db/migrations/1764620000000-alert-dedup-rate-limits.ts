import type { MigrationInterface, QueryRunner } from "typeorm";
import { criteriaHash } from "../../features/alerts/alert-criteria";
import type { AlertCriteria } from "../../features/alerts/alert.entity";

/**
 * One alert per email address and search, and shared request budgets:
 * - `alerts.criteria_hash` (the canonical search's SHA-256), unique with the email, is what
 *   `createAlert` upserts on; `confirmation_sent_at` holds back a new confirmation for an hour.
 *   Older rows are keyed by the same code; where one address saved one search twice, the ACTIVE
 *   (else newest) alert is kept and the rest deleted (no confirm flow has run yet, so none of them
 *   ever sent anything but its confirmation).
 * - `rate_limits`, rate-limiter-flexible's Postgres table (its own layout), made here so no API
 *   process runs DDL at request time. Unlogged: counters need no WAL, and after a crash the worst
 *   is one fresh hour of budget.
 */
export class AlertDedupRateLimits1764620000000 implements MigrationInterface {
  name = "AlertDedupRateLimits1764620000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alerts" ADD COLUMN "criteria_hash" text, ADD COLUMN "confirmation_sent_at" timestamptz`);
    const rows: { id: number; criteria: AlertCriteria }[] = await q.query(`SELECT "id", "criteria" FROM "alerts"`);
    if (rows.length) {
      await q.query(
        `UPDATE "alerts" a SET "criteria_hash" = k.hash FROM unnest($1::int[], $2::text[]) AS k(id, hash) WHERE a."id" = k.id`,
        [rows.map((r) => r.id), rows.map((r) => criteriaHash(r.criteria))],
      );
    }
    await q.query(`
      DELETE FROM "alerts" a USING (
        SELECT "id", row_number() OVER (PARTITION BY "email", "criteria_hash" ORDER BY ("status" = 'ACTIVE') DESC, "created_at" DESC, "id" DESC) AS n
        FROM "alerts"
      ) d
      WHERE a."id" = d."id" AND d.n > 1`);
    await q.query(`UPDATE "alerts" SET "confirmation_sent_at" = "created_at"`);
    await q.query(`ALTER TABLE "alerts" ALTER COLUMN "criteria_hash" SET NOT NULL, ALTER COLUMN "confirmation_sent_at" SET NOT NULL`);
    await q.query(`ALTER TABLE "alerts" ADD CONSTRAINT "alerts_email_criteria_hash_key" UNIQUE ("email", "criteria_hash")`);

    await q.query(`
      CREATE UNLOGGED TABLE "rate_limits" (
        "key" varchar(255) PRIMARY KEY,
        "points" integer NOT NULL DEFAULT 0,
        "expire" bigint
      )`);
    // The library's sweep deletes by expiry (epoch milliseconds).
    await q.query(`CREATE INDEX "rate_limits_expire_idx" ON "rate_limits" ("expire")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "rate_limits"`);
    await q.query(`ALTER TABLE "alerts" DROP CONSTRAINT IF EXISTS "alerts_email_criteria_hash_key"`);
    await q.query(`ALTER TABLE "alerts" DROP COLUMN IF EXISTS "confirmation_sent_at", DROP COLUMN IF EXISTS "criteria_hash"`);
  }
}
