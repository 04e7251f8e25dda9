import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The perks of a plan beyond featured days, carried by the order (copied from the plan when ordered,
 * like its price) and by the job while it is published on that order:
 * - `highlighted`: its card stands out in every list for the whole run;
 * - `in_digest_top`: it comes first in the alert digests it matches.
 * Seeded and imported jobs that are featured keep the highlighted look they had.
 */
export class PlanPerks1765600000000 implements MigrationInterface {
  name = "PlanPerks1765600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "orders" ADD COLUMN "highlighted" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "orders" ADD COLUMN "in_digest_top" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "jobs" ADD COLUMN "highlighted" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "jobs" ADD COLUMN "in_digest_top" boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE "jobs" SET "highlighted" = true WHERE "featured_until" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "jobs" DROP COLUMN "in_digest_top"`);
    await q.query(`ALTER TABLE "jobs" DROP COLUMN "highlighted"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "in_digest_top"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "highlighted"`);
  }
}
