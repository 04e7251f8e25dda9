import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Company logos uploaded by their employers, kept in Postgres (features/companies/company-logo.*):
 * - `company_logos`: one row per company and size (64, 128 and 256 px squares), the re-encoded
 *   image (never the bytes that were uploaded), its MIME type and the hash in its URL;
 * - `companies.logo_hash`: the hash of the company's current logo (null: none uploaded), so that
 *   `Company.logoUrl` is built from the company's own row, with no extra query per company.
 * `companies.logo_url` stays what it was: a logo elsewhere (the seeded companies'), shown while no
 * logo is uploaded.
 */
export class CompanyLogos1765300000000 implements MigrationInterface {
  name = "CompanyLogos1765300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "company_logos" (
        "company_id" integer NOT NULL REFERENCES "companies" ("id") ON DELETE CASCADE,
        "size" smallint NOT NULL CHECK ("size" IN (64, 128, 256)),
        "hash" text NOT NULL CHECK ("hash" ~ '^[0-9a-f]{16}$'),
        "mime" text NOT NULL CHECK ("mime" IN ('image/webp', 'image/png')),
        "bytes" bytea NOT NULL CHECK (octet_length("bytes") BETWEEN 1 AND 1048576),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("company_id", "size")
      )`);
    await q.query(`ALTER TABLE "companies" ADD COLUMN "logo_hash" text CHECK ("logo_hash" ~ '^[0-9a-f]{16}$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "companies" DROP COLUMN "logo_hash"`);
    await q.query(`DROP TABLE "company_logos"`);
  }
}
