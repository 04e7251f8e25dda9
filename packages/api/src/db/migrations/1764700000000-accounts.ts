import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Who is calling: people's accounts and sessions, partners' API keys, and the admins' audit log.
 * - `users.email` is stored lower-cased and trimmed, so the unique key is the address as typed
 *   anywhere; `password_hash` is argon2id (null until set: an admin made by `pnpm admin:create`).
 * - `sessions.id` is the SHA-256 of the token the client holds; `last_used_at` gives the idle
 *   expiry, `expires_at` the absolute one.
 * - `user_tokens`: one-time links (verify an email, reset a password, confirm a new email), kept as
 *   SHA-256 hashes and spent by setting `used_at`.
 * - `api_keys`: looked up by `prefix` (shown in lists), checked against `secret_hash`.
 * - `audit_log`: every admin action, with the row before and after.
 */
export class Accounts1764700000000 implements MigrationInterface {
  name = "Accounts1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "users" (
        "id" serial PRIMARY KEY,
        "email" text NOT NULL CONSTRAINT "users_email_key" UNIQUE CHECK ("email" = lower(btrim("email"))),
        "password_hash" text,
        "role" text NOT NULL DEFAULT 'JOB_SEEKER' CHECK ("role" IN ('JOB_SEEKER', 'EMPLOYER', 'ADMIN')),
        "company_id" integer REFERENCES "companies" ("id") ON DELETE SET NULL,
        "email_verified_at" timestamptz,
        "disabled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "sessions" (
        "id" text PRIMARY KEY,
        "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "user_agent" text,
        "ip" text
      )`);
    await q.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id")`);
    await q.query(`
      CREATE TABLE "user_tokens" (
        "id" serial PRIMARY KEY,
        "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "purpose" text NOT NULL CHECK ("purpose" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
        "token_hash" text NOT NULL CONSTRAINT "user_tokens_token_hash_key" UNIQUE,
        "email" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "user_tokens_user_id_idx" ON "user_tokens" ("user_id", "purpose")`);
    await q.query(`
      CREATE TABLE "api_keys" (
        "id" serial PRIMARY KEY,
        "name" text NOT NULL,
        "owner_email" text NOT NULL,
        "prefix" text NOT NULL CONSTRAINT "api_keys_prefix_key" UNIQUE,
        "secret_hash" text NOT NULL,
        "hourly_budget" integer NOT NULL CHECK ("hourly_budget" > 0),
        "created_by_id" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz,
        "revoked_at" timestamptz
      )`);
    await q.query(`
      CREATE TABLE "audit_log" (
        "id" bigserial PRIMARY KEY,
        "actor_id" integer REFERENCES "users" ("id") ON DELETE SET NULL,
        "actor_email" text NOT NULL,
        "action" text NOT NULL,
        "target_type" text NOT NULL,
        "target_id" text NOT NULL,
        "before" jsonb,
        "after" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "audit_log_created_at_idx" ON "audit_log" ("created_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["audit_log", "api_keys", "user_tokens", "sessions", "users"]) await q.query(`DROP TABLE IF EXISTS "${table}"`);
  }
}
