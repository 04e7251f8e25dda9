import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Employers joining a company that exists already (who acts for a company stays `users.company_id`):
 * - `company_claims`: an employer account with no company asks to join one, saying who they are; an
 *   admin approves (the account joins) or rejects it with a reason, or its employer withdraws it.
 *   An account has at most one PENDING claim.
 * - `company_invitations`: an employer of a verified company invites a colleague by email: a one-time
 *   link whose token only its SHA-256 is kept of, valid until `expires_at`, spent by `accepted_at`
 *   (or ended by `revoked_at`).
 */
export class CompanyMembership1765400000000 implements MigrationInterface {
  name = "CompanyMembership1765400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "company_claim_status" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')`);
    await q.query(`
      CREATE TABLE "company_claims" (
        "id" serial PRIMARY KEY,
        "company_id" integer NOT NULL REFERENCES "companies" ("id") ON DELETE CASCADE,
        "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "message" text NOT NULL,
        "status" "company_claim_status" NOT NULL DEFAULT 'PENDING',
        "reason" text,
        "decided_by" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        "decided_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("status" <> 'REJECTED' OR "reason" IS NOT NULL)
      )`);
    // One open claim per account; the admins' queue reads the pending ones oldest first.
    await q.query(`CREATE UNIQUE INDEX "company_claims_one_pending" ON "company_claims" ("user_id") WHERE "status" = 'PENDING'`);
    await q.query(`CREATE INDEX "company_claims_status_idx" ON "company_claims" ("status", "id")`);
    await q.query(`CREATE INDEX "company_claims_user_idx" ON "company_claims" ("user_id", "id")`);

    await q.query(`
      CREATE TABLE "company_invitations" (
        "id" serial PRIMARY KEY,
        "company_id" integer NOT NULL REFERENCES "companies" ("id") ON DELETE CASCADE,
        "email" text NOT NULL CHECK ("email" = lower(btrim("email"))),
        "token_hash" text NOT NULL UNIQUE,
        "invited_by" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "accepted_at" timestamptz,
        "accepted_by" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        "revoked_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "company_invitations_company_idx" ON "company_invitations" ("company_id", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "company_invitations"`);
    await q.query(`DROP TABLE IF EXISTS "company_claims"`);
    await q.query(`DROP TYPE IF EXISTS "company_claim_status"`);
  }
}
