import type { DataSource, QueryRunner } from "typeorm";
import { JobStatus } from "../../features/jobs/job.enums";
import { categories as seedCategories } from "./data/categories";
import { type CompanySize, companies as seedCompanies } from "./data/companies";
import { locations as seedLocations, REMOTE_LOCATION_SLUG } from "./data/locations";
import { CITY_WEIGHTS, type CompanyContext, type GeneratedJob, generateJob, indexByFocus, pickCompanyFor, slugify } from "./jobs";
import { Random } from "./random";
import { type CompanyRow, insertCategories, insertCompanies, insertJobs, insertLocations, type Sql } from "./sql";
import { PUBLISHED_JOBS_PER_CATEGORY } from "./seed";

export interface GenerateOptions {
  /** Extra PUBLISHED jobs to insert. */
  jobs: number;
  /** Extra companies to insert. */
  companies: number;
  /** Seed of the random stream (default 1). */
  seed?: number;
  /** Reference date for posted_at (default now). */
  now?: Date;
  /** Rows per INSERT statement (default 5000). */
  batchSize?: number;
  /** Connections writing jobs at the same time (default 2). */
  concurrency?: number;
}

const HEADQUARTERS: Readonly<Record<string, string>> = {
  "san-francisco": "San Francisco, CA",
  "new-york": "New York, NY",
  london: "London, UK",
  seattle: "Seattle, WA",
  toronto: "Toronto, ON",
  boston: "Boston, MA",
  austin: "Austin, TX",
  berlin: "Berlin, Germany",
  paris: "Paris, France",
  zurich: "Zurich, Switzerland",
  bangalore: "Bangalore, India",
  singapore: "Singapore",
  "tel-aviv": "Tel Aviv, Israel",
  montreal: "Montreal, QC",
  [REMOTE_LOCATION_SLUG]: "Remote",
};

const NAME_HEADS = [
  "Amber",
  "Aster",
  "Basalt",
  "Birch",
  "Bramble",
  "Cinder",
  "Clover",
  "Cobalt",
  "Coral",
  "Delta",
  "Ember",
  "Fable",
  "Falcon",
  "Fathom",
  "Flint",
  "Garnet",
  "Harbor",
  "Heron",
  "Indigo",
  "Juniper",
  "Kite",
  "Lumen",
  "Maple",
  "Mistral",
  "Nimbus",
  "Onyx",
  "Orbit",
  "Pebble",
  "Quartz",
  "Raven",
  "Sable",
  "Sequoia",
  "Sparrow",
  "Summit",
  "Tundra",
  "Umber",
  "Vesper",
  "Willow",
  "Zephyr",
];
const NAME_TAILS = [
  "loop",
  "forge",
  "mind",
  "grid",
  "stack",
  "leaf",
  "wave",
  "field",
  "path",
  "spark",
  "line",
  "works",
  "light",
  "scale",
  "point",
  "shift",
  "bridge",
  "frame",
  "craft",
  "stone",
];
const NAME_SUFFIXES = ["AI", "Labs", "Systems", "Analytics", "Robotics", "Intelligence", "Data", "Dynamics", "Cloud", "Technologies"];

const PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  "generative-ai": ["LLM-powered assistants", "AI copilots", "agent platforms", "generative AI tools"],
  "machine-learning": ["recommendation engines", "machine learning models", "ranking systems", "risk models"],
  "data-science": ["analytics platforms", "forecasting software", "decision intelligence tools", "experimentation platforms"],
  "computer-vision": ["visual inspection systems", "computer vision APIs", "video analytics", "imaging AI"],
  nlp: ["document understanding APIs", "speech recognition", "conversational AI", "language models"],
  mlops: ["MLOps tooling", "GPU infrastructure", "model serving platforms", "ML observability"],
  "ai-research": ["frontier models", "open research tools", "AI safety tooling", "scientific foundation models"],
  robotics: ["autonomous robots", "robot learning software", "warehouse automation", "drone autonomy"],
  "ai-product": ["AI-native productivity software", "AI features for SaaS products", "workflow automation"],
  "ai-design": ["generative design tools", "AI-assisted creative software", "design automation"],
  "ai-marketing": ["AI marketing platforms", "content generation tools", "customer engagement software"],
  "ai-sales": ["AI sales assistants", "revenue intelligence", "customer success automation"],
};
const INDUSTRIES = [
  "healthcare providers",
  "banks and insurers",
  "retailers",
  "logistics companies",
  "manufacturers",
  "law firms",
  "software teams",
  "media companies",
  "energy utilities",
  "public sector agencies",
  "e-commerce brands",
  "telecom operators",
  "game studios",
  "biotech labs",
  "real estate firms",
  "education providers",
];
const SECOND_SENTENCES = [
  "The team combines applied research with a strong engineering culture.",
  "It is backed by leading investors and growing quickly.",
  "Customers across North America, Europe and Asia rely on its products every day.",
  "The company was founded by engineers and researchers from academia and industry.",
  "It puts reliability, privacy and measurable results first.",
  "Its platform processes millions of requests a day.",
];
const SIZES: ReadonlyArray<readonly [CompanySize, number]> = [
  ["1-10", 10],
  ["11-50", 30],
  ["51-200", 28],
  ["201-500", 15],
  ["501-1000", 8],
  ["1001-5000", 6],
  ["5000+", 3],
];

interface BulkCompany extends CompanyContext, CompanyRow {
  website: string;
  description: string;
}

function makeCompany(rng: Random, n: number): BulkCompany {
  const name = `${rng.pick(NAME_HEADS)}${rng.pick(NAME_TAILS)} ${rng.pick(NAME_SUFFIXES)}`;
  const slug = `${slugify(name)}-b${n}`;
  const focus = rng.sample(seedCategories, rng.int(1, 3)).map((c) => c.slug);
  const hqLocationSlug = rng.chance(0.05) ? REMOTE_LOCATION_SLUG : rng.weighted(CITY_WEIGHTS);
  const description = `${name} builds ${rng.pick(PRODUCTS[focus[0]] ?? PRODUCTS["machine-learning"])} for ${rng.pick(INDUSTRIES)}. ${rng.pick(SECOND_SENTENCES)}`;
  return {
    slug,
    name,
    website: `https://${slug}.example`,
    logoUrl: rng.chance(0.7) ? `https://logo.example/${slug}.png` : null,
    description,
    size: rng.weighted(SIZES),
    headquarters: HEADQUARTERS[hqLocationSlug],
    verified: rng.chance(2 / 3),
    hqLocationSlug,
    focus,
  };
}

interface ExistingCompany {
  id: number;
  slug: string;
  name: string;
  website: string | null;
  description: string | null;
  headquarters: string | null;
}

/** What the job generator needs, for a company already in the database. */
function contextOf(rng: Random, row: ExistingCompany): CompanyContext {
  const known = seedCompanies.find((c) => c.slug === row.slug);
  const hq = Object.entries(HEADQUARTERS).find(([, label]) => label === row.headquarters)?.[0];
  return {
    slug: row.slug,
    name: row.name,
    description: row.description ?? `${row.name} is an AI company.`,
    website: row.website ?? `https://${row.slug}.example`,
    hqLocationSlug: known?.hqLocationSlug ?? hq ?? rng.weighted(CITY_WEIGHTS),
    focus: known?.focus ?? rng.sample(seedCategories, 2).map((c) => c.slug),
  };
}

async function slugIds(q: Sql, table: "job_categories" | "locations"): Promise<Map<string, number>> {
  const rows = (await q.query(`SELECT "id", "slug" FROM "${table}"`)) as Array<{ id: number; slug: string }>;
  return new Map(rows.map((r) => [r.slug, Number(r.id)]));
}

async function maxId(q: Sql, table: "companies" | "jobs"): Promise<number> {
  const rows = (await q.query(`SELECT coalesce(max("id"), 0)::int AS "max" FROM "${table}"`)) as Array<{ max: number }>;
  return Number(rows[0]?.max ?? 0);
}

/**
 * Inserts `companies` extra companies and `jobs` extra PUBLISHED jobs (with their locations), for
 * benchmarks. Reuses the categories and locations already in the database (creating the standard
 * ones if there are none) and spreads jobs over all companies, old and new. Deterministic for a
 * given seed and database state.
 *
 * Speed: rows go `batchSize` per statement; the companies are committed first, then the jobs are
 * written over `concurrency` connections, each in its own transaction, while the next batch is
 * generated. Most of the cost is the search_vector trigger (to_tsvector of every description),
 * so a second connection roughly halves the time on a two-core machine. If a job batch fails,
 * every job transaction is rolled back, but the new companies stay.
 */
export async function generateBulk(ds: DataSource, opts: GenerateOptions): Promise<void> {
  const rng = new Random(opts.seed ?? 1);
  const now = opts.now ?? new Date();
  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? 5000));
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 2));

  // 1. Reference data and companies, in one transaction.
  const setup = await ds.transaction(async (manager) => {
    let categoryIds = await slugIds(manager, "job_categories");
    if (categoryIds.size === 0) categoryIds = await insertCategories(manager, seedCategories);
    let locationIds = await slugIds(manager, "locations");
    if (locationIds.size === 0) locationIds = await insertLocations(manager, seedLocations);

    // The existing companies, then the new ones (slugs end in -b<n>, n above every existing id).
    const existing = await manager.query<ExistingCompany[]>(
      `SELECT "id", "slug", "name", "website", "description", "headquarters" FROM "companies" ORDER BY "id"`,
    );
    const companyIds = new Map(existing.map((c) => [c.slug, Number(c.id)]));
    const contexts: CompanyContext[] = existing.map((row) => contextOf(rng, row));
    const firstN = (await maxId(manager, "companies")) + 1;
    for (let start = 0; start < opts.companies; start += batchSize) {
      const batch: BulkCompany[] = [];
      for (let i = start; i < Math.min(opts.companies, start + batchSize); i++) batch.push(makeCompany(rng, firstN + i));
      for (const [slug, id] of await insertCompanies(manager, batch)) companyIds.set(slug, id);
      contexts.push(...batch);
    }
    const firstJobN = (await maxId(manager, "jobs")) + 1;
    return { ids: { companies: companyIds, categories: categoryIds, locations: locationIds }, contexts, firstJobN };
  });
  const { ids, contexts, firstJobN } = setup;

  // 2. Jobs, batch by batch, round-robin over the connections.
  if (opts.jobs > 0) {
    if (contexts.length === 0) throw new Error("generateBulk: no companies to post jobs for");
    const categorySlugs = [...ids.categories.keys()].filter((slug) => slug in PUBLISHED_JOBS_PER_CATEGORY);
    const categoryWeights = (categorySlugs.length > 0 ? categorySlugs : [...ids.categories.keys()]).map(
      (slug) => [slug, PUBLISHED_JOBS_PER_CATEGORY[slug] ?? 20] as const,
    );
    const byFocus = indexByFocus(contexts);
    const makeBatch = (start: number): GeneratedJob[] => {
      const batch: GeneratedJob[] = [];
      for (let i = start; i < Math.min(opts.jobs, start + batchSize); i++) {
        const categorySlug = rng.weighted(categoryWeights);
        batch.push(
          generateJob(rng, {
            company: pickCompanyFor(rng, contexts, byFocus, categorySlug),
            categorySlug,
            slugSuffix: `b${firstJobN + i}`,
            status: JobStatus.PUBLISHED,
            now,
          }),
        );
      }
      return batch;
    };

    const lanes = Math.min(concurrency, Math.ceil(opts.jobs / batchSize));
    const runners: QueryRunner[] = [];
    try {
      for (let i = 0; i < lanes; i++) {
        const runner = ds.createQueryRunner();
        runners.push(runner);
        await runner.connect();
        await runner.startTransaction();
      }
      const inFlight: Array<Promise<unknown> | null> = runners.map(() => null);
      for (let start = 0, k = 0; start < opts.jobs; start += batchSize, k++) {
        const batch = makeBatch(start);
        const lane = k % lanes;
        if (inFlight[lane]) await inFlight[lane];
        const insert = insertJobs(runners[lane], batch, ids);
        insert.catch(() => undefined); // awaited below; avoids an unhandled rejection meanwhile
        inFlight[lane] = insert;
      }
      await Promise.all(inFlight.filter((insert) => insert != null));
      for (const runner of runners) await runner.commitTransaction();
    } catch (error) {
      for (const runner of runners) {
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      }
      throw error;
    } finally {
      for (const runner of runners) await runner.release();
    }
  }

  // Fresh statistics so benchmark queries get sensible plans straight away.
  await ds.query(`ANALYZE "companies", "jobs", "job_locations"`);
}
