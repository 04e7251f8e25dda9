import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Plans employers pay for a posting with (managed by admins, shown side by side on the Pricing page):
 * a price in integer minor units of an ISO 4217 currency, how long the posting runs, and its perks.
 * Basic, Featured and Premium are made here, as the site's starting offer; admins change them after.
 */
/** The site's starting offer (prices in cents). */
export const STARTING_PLANS = [
  {
    slug: "basic",
    name: "Basic",
    description: "Your job on HiredinAI for a month: in search, alerts and partner sites.",
    priceAmount: 19900,
    durationDays: 30,
    featuredDays: 0,
    highlighted: false,
    inDigestTop: false,
  },
  {
    slug: "featured",
    name: "Featured",
    description: "Seen first: featured on the home page and at the top of its category for two weeks.",
    priceAmount: 34900,
    durationDays: 30,
    featuredDays: 14,
    highlighted: true,
    inDigestTop: false,
  },
  {
    slug: "premium",
    name: "Premium",
    description: "The most reach: featured for the whole run and at the top of the weekly alert digests.",
    priceAmount: 59900,
    durationDays: 45,
    featuredDays: 45,
    highlighted: true,
    inDigestTop: true,
  },
] as const;

/** Adds the starting plans that aren't there (by slug), in Pricing-page order. */
export async function insertStartingPlans(q: { query(text: string, values?: unknown[]): Promise<unknown> }): Promise<void> {
  for (const [i, p] of STARTING_PLANS.entries()) {
    await q.query(
      `INSERT INTO "plans" ("slug", "name", "description", "price_amount", "price_currency", "duration_days", "featured_days", "highlighted", "in_digest_top", "position")
       VALUES ($1, $2, $3, $4, 'USD', $5, $6, $7, $8, $9) ON CONFLICT ("slug") DO NOTHING`,
      [p.slug, p.name, p.description, p.priceAmount, p.durationDays, p.featuredDays, p.highlighted, p.inDigestTop, i + 1],
    );
  }
}

export class Plans1765100000000 implements MigrationInterface {
  name = "Plans1765100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "plans" (
        "id" serial PRIMARY KEY,
        "slug" text NOT NULL UNIQUE,
        "name" text NOT NULL UNIQUE,
        "description" text NOT NULL DEFAULT '',
        "price_amount" integer NOT NULL CHECK ("price_amount" >= 0),
        "price_currency" char(3) NOT NULL CHECK ("price_currency" ~ '^[A-Z]{3}$'),
        "duration_days" integer NOT NULL CHECK ("duration_days" BETWEEN 1 AND 365),
        "featured_days" integer NOT NULL DEFAULT 0 CHECK ("featured_days" >= 0 AND "featured_days" <= "duration_days"),
        "highlighted" boolean NOT NULL DEFAULT false,
        "in_digest_top" boolean NOT NULL DEFAULT false,
        "position" integer NOT NULL DEFAULT 0,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await insertStartingPlans(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "plans"`);
  }
}
