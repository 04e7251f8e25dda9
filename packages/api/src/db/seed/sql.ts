import type { CategorySeed } from "./data/categories";
import type { LocationSeed } from "./data/locations";
import type { GeneratedJob } from "./jobs";

/** Anything that runs parameterised SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface Sql {
  query(query: string, parameters?: unknown[]): Promise<unknown>;
}

export interface CompanyRow {
  slug: string;
  name: string;
  website: string | null;
  logoUrl: string | null;
  description: string | null;
  size: string | null;
  headquarters: string | null;
  verified: boolean;
}

interface SlugId {
  id: number;
  slug: string;
}

function toMap(rows: SlugId[]): Map<string, number> {
  return new Map(rows.map((row) => [row.slug, Number(row.id)]));
}

// All inserts below send one array per column and expand them with unnest(): one statement and a
// fixed number of parameters however many rows there are.

/** Reference data: rows that already exist (same slug or name) are kept; returns every slug's id. */
export async function insertCategories(q: Sql, categories: readonly CategorySeed[]): Promise<Map<string, number>> {
  const slugs = categories.map((c) => c.slug);
  await q.query(
    `INSERT INTO "job_categories" ("slug", "name", "description", "position")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT DO NOTHING`,
    [slugs, categories.map((c) => c.name), categories.map((c) => c.description), categories.map((c) => c.position)],
  );
  const rows = (await q.query(`SELECT "id", "slug" FROM "job_categories" WHERE "slug" = ANY($1::text[])`, [slugs])) as SlugId[];
  return toMap(rows);
}

/** Reference data: rows that already exist (same slug) are kept; returns every slug's id. */
export async function insertLocations(q: Sql, locations: readonly LocationSeed[]): Promise<Map<string, number>> {
  const slugs = locations.map((l) => l.slug);
  await q.query(
    `INSERT INTO "locations" ("slug", "city", "region", "country")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT ("slug") DO NOTHING`,
    [slugs, locations.map((l) => l.city), locations.map((l) => l.region), locations.map((l) => l.country)],
  );
  const rows = (await q.query(`SELECT "id", "slug" FROM "locations" WHERE "slug" = ANY($1::text[])`, [slugs])) as SlugId[];
  return toMap(rows);
}

export async function insertCompanies(q: Sql, companies: readonly CompanyRow[]): Promise<Map<string, number>> {
  if (companies.length === 0) return new Map();
  const rows = (await q.query(
    `INSERT INTO "companies" ("slug", "name", "website", "logo_url", "description", "size", "headquarters", "verified")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[])
     RETURNING "id", "slug"`,
    [
      companies.map((c) => c.slug),
      companies.map((c) => c.name),
      companies.map((c) => c.website),
      companies.map((c) => c.logoUrl),
      companies.map((c) => c.description),
      companies.map((c) => c.size),
      companies.map((c) => c.headquarters),
      companies.map((c) => c.verified),
    ],
  )) as SlugId[];
  return toMap(rows);
}

export interface JobIds {
  companies: ReadonlyMap<string, number>;
  categories: ReadonlyMap<string, number>;
  locations: ReadonlyMap<string, number>;
}

function idOf(map: ReadonlyMap<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Unknown ${what} "${slug}"`);
  return id;
}

/**
 * Inserts jobs and their job_locations in a single statement: the jobs are inserted in a
 * data-modifying CTE and their new ids joined back to the input by slug. The search_vector
 * column is left to the trigger. Returns the number of job_locations rows written.
 */
export async function insertJobs(q: Sql, jobs: readonly GeneratedJob[], ids: JobIds): Promise<number> {
  if (jobs.length === 0) return 0;
  for (const job of jobs) {
    for (const tag of job.tags) if (tag.includes(",")) throw new Error(`Tag "${tag}" must not contain a comma`);
  }
  const result = (await q.query(
    `WITH "input" AS (
       SELECT * FROM unnest(
         $1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::seniority[], $7::employment_type[], $8::remote_policy[],
         $9::int[], $10::int[], $11::text[], $12::salary_period[], $13::int[], $14::int[], $15::text[], $16::text[],
         $17::job_status[], $18::timestamptz[], $19::timestamptz[], $20::text[], $21::timestamptz[]
       ) AS t("slug", "title", "description", "company_id", "category_id", "seniority", "employment_type", "remote",
              "salary_min", "salary_max", "salary_currency", "salary_period", "salary_min_usd", "salary_max_usd", "tags", "apply_url",
              "status", "posted_at", "valid_through", "location_ids", "featured_until")
     ), "inserted" AS (
       INSERT INTO "jobs" ("slug", "title", "description", "company_id", "category_id", "seniority", "employment_type", "remote",
                           "salary_min", "salary_max", "salary_currency", "salary_period", "salary_min_usd", "salary_max_usd", "tags",
                           "apply_url", "status", "posted_at", "valid_through", "featured_until", "highlighted")
       SELECT "slug", "title", "description", "company_id", "category_id", "seniority", "employment_type", "remote",
              "salary_min", "salary_max", "salary_currency", "salary_period", "salary_min_usd", "salary_max_usd",
              string_to_array("tags", ','), "apply_url", "status", "posted_at", "valid_through", "featured_until",
              "featured_until" IS NOT NULL
       FROM "input"
       RETURNING "id", "slug"
     ), "links" AS (
       INSERT INTO "job_locations" ("job_id", "location_id")
       SELECT "inserted"."id", "location_id"::int
       FROM "inserted"
       JOIN "input" ON "input"."slug" = "inserted"."slug"
       CROSS JOIN LATERAL unnest(string_to_array("input"."location_ids", ',')) AS "location_id"
       RETURNING 1
     )
     SELECT count(*) AS "count" FROM "links"`,
    [
      jobs.map((j) => j.slug),
      jobs.map((j) => j.title),
      jobs.map((j) => j.description),
      jobs.map((j) => idOf(ids.companies, j.companySlug, "company")),
      jobs.map((j) => idOf(ids.categories, j.categorySlug, "category")),
      jobs.map((j) => j.seniority),
      jobs.map((j) => j.employmentType),
      jobs.map((j) => j.remote),
      jobs.map((j) => j.salaryMin),
      jobs.map((j) => j.salaryMax),
      jobs.map((j) => j.salaryCurrency),
      jobs.map((j) => j.salaryPeriod),
      jobs.map((j) => j.salaryMinUsd),
      jobs.map((j) => j.salaryMaxUsd),
      jobs.map((j) => j.tags.join(",")),
      jobs.map((j) => j.applyUrl),
      jobs.map((j) => j.status),
      jobs.map((j) => j.postedAt?.toISOString() ?? null),
      jobs.map((j) => j.validThrough?.toISOString() ?? null),
      jobs.map((j) => j.locationSlugs.map((slug) => idOf(ids.locations, slug, "location")).join(",")),
      jobs.map((j) => j.featuredUntil?.toISOString() ?? null),
    ],
  )) as Array<{ count: string | number }>;
  return Number(result[0]?.count ?? 0);
}
