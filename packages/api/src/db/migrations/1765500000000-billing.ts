import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Invoices:
 * - `company_billing`: who a company's invoices are made out to (legal name, postal address, country,
 *   VAT or tax id, billing email), kept apart from the public profile; one row per company, none
 *   until its employers fill them in. Submitting a posting copies them into the order's `billing`,
 *   so a later change never rewrites an invoice already issued.
 * - `orders.provider` / `provider_ref`: the payment provider that issued the order (`manual`: a bank
 *   transfer an admin marks paid) and its own reference (a card provider's checkout session).
 * - `orders.due_at`: when payment is due; `orders.seller`: HiredinAI's details as the invoice was issued;
 *   `orders.job_title`: the posting's title then (an invoice says what was bought, whatever the posting is called later).
 */
export class Billing1765500000000 implements MigrationInterface {
  name = "Billing1765500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "company_billing" (
        "company_id" integer PRIMARY KEY REFERENCES "companies" ("id") ON DELETE CASCADE,
        "legal_name" text NOT NULL,
        "address" text NOT NULL,
        "country" text NOT NULL,
        "tax_id" text,
        "email" text,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      ALTER TABLE "orders"
        ADD COLUMN "provider" text NOT NULL DEFAULT 'manual',
        ADD COLUMN "provider_ref" text,
        ADD COLUMN "due_at" timestamptz,
        ADD COLUMN "seller" jsonb,
        ADD COLUMN "job_title" text`);
    // Orders issued before: due two weeks after issue, as the manual invoice has it by default.
    await q.query(`UPDATE "orders" SET "due_at" = "created_at" + interval '14 days'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "orders" DROP COLUMN IF EXISTS "job_title", DROP COLUMN IF EXISTS "seller", DROP COLUMN IF EXISTS "due_at", DROP COLUMN IF EXISTS "provider_ref", DROP COLUMN IF EXISTS "provider"`,
    );
    await q.query(`DROP TABLE IF EXISTS "company_billing"`);
  }
}
