import type { DataSource } from "typeorm";
import { JobStatus } from "../../features/jobs/job.enums";
import { categories } from "./data/categories";
import { type CompanySeed, companies } from "./data/companies";
import { type ArticleAuthorSeed, type ArticleSeed, articleAuthors, articles } from "./data/articles";
import { type GlossaryTermSeed, glossaryTerms } from "./data/glossary";
import { locations } from "./data/locations";
import { type GeneratedJob, generateJob, indexByFocus, pickCompanyFor } from "./jobs";
import { Random } from "./random";
import { insertCategories, insertCompanies, insertJobs, insertLocations, type Sql } from "./sql";

/** Seed of the random stream: change it and every generated job changes. */
export const SEED = 20251128;

/** How long a featured placement lasts. */
const FEATURED_FOR_DAYS = 30;

/** Published jobs per category (400 in all); Generative AI and Machine Learning are the largest. */
export const PUBLISHED_JOBS_PER_CATEGORY: Readonly<Record<string, number>> = {
  "generative-ai": 60,
  "machine-learning": 50,
  "data-science": 35,
  "computer-vision": 28,
  nlp: 30,
  mlops: 30,
  "ai-research": 32,
  robotics: 24,
  "ai-product": 30,
  "ai-design": 22,
  "ai-marketing": 28,
  "ai-sales": 31,
};

/** Jobs that public pages must not show. */
const HIDDEN_STATUSES: readonly JobStatus[] = [
  JobStatus.DRAFT,
  JobStatus.PENDING_REVIEW,
  JobStatus.EXPIRED,
  JobStatus.CLOSED,
  JobStatus.REJECTED,
];
const HIDDEN_JOBS_PER_STATUS = 4;

/** Any constant works; it keeps two processes from seeding the same database at once. */
const SEED_LOCK_KEY = 7_400_113_001;

export interface SeedOptions {
  /** Reference date for posted_at / valid_through. Only the dates depend on it. */
  now?: Date;
}

/**
 * The deterministic list of seed jobs: 400 published plus a few in every other status.
 * Exported so tests can inspect the data without a database.
 */
export function seedJobs(now: Date = new Date()): GeneratedJob[] {
  const rng = new Random(SEED);
  const byFocus = indexByFocus(companies);
  const categorySlugs: string[] = [];
  for (const category of categories) {
    const count = PUBLISHED_JOBS_PER_CATEGORY[category.slug] ?? 20;
    for (let i = 0; i < count; i++) categorySlugs.push(category.slug);
  }
  const plan: Array<{ categorySlug: string; status: JobStatus }> = rng
    .shuffle(categorySlugs)
    .map((categorySlug) => ({ categorySlug, status: JobStatus.PUBLISHED }));
  for (const status of HIDDEN_STATUSES) {
    for (let i = 0; i < HIDDEN_JOBS_PER_STATUS; i++) plan.push({ categorySlug: rng.pick(categories).slug, status });
  }
  const jobs = plan.map(({ categorySlug, status }, index) =>
    generateJob(rng, {
      company: pickCompanyFor<CompanySeed>(rng, companies, byFocus, categorySlug),
      categorySlug,
      slugSuffix: String(index + 1),
      status,
      now,
    }),
  );
  // One live job in sixteen is featured (a paid placement) for 30 days from its posting.
  jobs.forEach((job, index) => {
    if (job.status === JobStatus.PUBLISHED && index % 16 === 0 && job.postedAt) {
      job.featuredUntil = new Date(job.postedAt.getTime() + FEATURED_FOR_DAYS * 86_400_000);
    }
  });
  return jobs;
}

function checkGlossary(terms: readonly GlossaryTermSeed[]): void {
  const slugs = new Set(terms.map((t) => t.slug));
  const categorySlugs = new Set(categories.map((c) => c.slug));
  if (slugs.size !== terms.length) throw new Error("Duplicate glossary slug in seed data");
  for (const term of terms) {
    for (const related of term.related) {
      if (!slugs.has(related) || related === term.slug) throw new Error(`Glossary term "${term.slug}" has a bad related term "${related}"`);
    }
    if (term.relatedCategorySlug !== null && !categorySlugs.has(term.relatedCategorySlug)) {
      throw new Error(`Glossary term "${term.slug}" has an unknown category "${term.relatedCategorySlug}"`);
    }
  }
}

async function insertGlossary(q: Sql, terms: readonly GlossaryTermSeed[], categoryIds: ReadonlyMap<string, number>): Promise<void> {
  checkGlossary(terms);
  const rows = (await q.query(
    `INSERT INTO "glossary_terms" ("slug", "term", "short_definition", "body", "how_it_works", "career_relevance", "aliases", "related_category_id")
     SELECT "slug", "term", "short_definition", "body", "how_it_works", "career_relevance",
            ARRAY(SELECT jsonb_array_elements_text("aliases"::jsonb)), "related_category_id"
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])
       AS t("slug", "term", "short_definition", "body", "how_it_works", "career_relevance", "aliases", "related_category_id")
     RETURNING "id", "slug"`,
    [
      terms.map((t) => t.slug),
      terms.map((t) => t.term),
      terms.map((t) => t.shortDefinition),
      terms.map((t) => t.body),
      terms.map((t) => t.howItWorks),
      terms.map((t) => t.careerRelevance),
      terms.map((t) => JSON.stringify(t.aliases)),
      terms.map((t) => (t.relatedCategorySlug === null ? null : (categoryIds.get(t.relatedCategorySlug) ?? null))),
    ],
  )) as Array<{ id: number; slug: string }>;
  const termIds = new Map(rows.map((r) => [r.slug, Number(r.id)]));
  const id = (slug: string): number => termIds.get(slug) as number;

  const faqs = terms.flatMap((t) => t.faqs.map((faq, i) => ({ termId: id(t.slug), position: i + 1, ...faq })));
  await q.query(
    `INSERT INTO "glossary_faqs" ("term_id", "position", "question", "answer")
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[])`,
    [faqs.map((f) => f.termId), faqs.map((f) => f.position), faqs.map((f) => f.question), faqs.map((f) => f.answer)],
  );

  const related = terms.flatMap((t) => t.related.map((slug, i) => ({ termId: id(t.slug), relatedId: id(slug), position: i + 1 })));
  await q.query(
    `INSERT INTO "glossary_related_terms" ("term_id", "related_term_id", "position")
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[])`,
    [related.map((r) => r.termId), related.map((r) => r.relatedId), related.map((r) => r.position)],
  );
}

async function insertArticles(
  q: Sql,
  authors: readonly ArticleAuthorSeed[],
  items: readonly ArticleSeed[],
  categoryIds: ReadonlyMap<string, number>,
  now: Date,
): Promise<void> {
  const authorRows = (await q.query(
    `INSERT INTO "article_authors" ("slug", "name", "bio") SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING "id", "slug"`,
    [authors.map((a) => a.slug), authors.map((a) => a.name), authors.map((a) => a.bio)],
  )) as Array<{ id: number; slug: string }>;
  const authorIds = new Map(authorRows.map((r) => [r.slug, Number(r.id)]));
  const category = (slug: string): number => {
    const id = categoryIds.get(slug);
    if (id === undefined) throw new Error(`Article seed names an unknown category "${slug}"`);
    return id;
  };
  for (const a of items) {
    const authorId = authorIds.get(a.author);
    if (authorId === undefined) throw new Error(`Article "${a.slug}" has an unknown author "${a.author}"`);
    const publishedAt = a.publishedDaysAgo === null ? null : new Date(now.getTime() - a.publishedDaysAgo * 86_400_000);
    const [{ id }] = (await q.query(
      `INSERT INTO "articles" ("slug", "section", "title", "summary", "body", "author_id", "tags", "salary_category_id", "salary_seniority",
                               "published_at", "created_at", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce($10, now()), coalesce($10, now())) RETURNING "id"`,
      [
        a.slug,
        a.section,
        a.title,
        a.summary,
        a.body,
        authorId,
        a.tags,
        a.salary ? category(a.salary.category) : null,
        a.salary?.seniority ?? null,
        publishedAt,
      ],
    )) as Array<{ id: number }>;
    await q.query(
      `INSERT INTO "article_categories" ("article_id", "category_id", "position") SELECT $1, * FROM unnest($2::int[], $3::int[])`,
      [id, a.categories.map(category), a.categories.map((_c, i) => i)],
    );
  }
}

/** The career content, into a database seeded before articles existed (once: when it has no author). */
async function addArticlesIfNone(ds: DataSource, now: Date): Promise<void> {
  await ds.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SEED_LOCK_KEY]);
    const [{ exists }] = await manager.query<{ exists: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM "article_authors") AS "exists"`);
    if (exists) return;
    const rows = await manager.query<{ id: number; slug: string }[]>(`SELECT "id", "slug" FROM "job_categories"`);
    if (rows.length === 0) return;
    await insertArticles(manager, articleAuthors, articles, new Map(rows.map((r) => [r.slug, Number(r.id)])), now);
  });
}

/**
 * Fills an empty database with categories, locations, companies, the AI glossary, 400
 * published jobs (plus ~20 in other statuses) and the career articles, all in one transaction. Does nothing when the
 * database already has companies. Safe to call from several processes at once.
 */
export async function seed(ds: DataSource, options: SeedOptions = {}): Promise<{ seeded: boolean }> {
  const now = options.now ?? new Date();
  const alreadySeeded = async (q: Sql): Promise<boolean> => {
    const rows = (await q.query(`SELECT EXISTS (SELECT 1 FROM "companies") AS "exists"`)) as Array<{ exists: boolean }>;
    return rows[0]?.exists === true;
  };
  if (await alreadySeeded(ds)) {
    await addArticlesIfNone(ds, now);
    return { seeded: false };
  }

  return ds.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SEED_LOCK_KEY]);
    if (await alreadySeeded(manager)) return { seeded: false };

    const categoryIds = await insertCategories(manager, categories);
    const locationIds = await insertLocations(manager, locations);
    const companyIds = await insertCompanies(manager, companies);
    await insertGlossary(manager, glossaryTerms, categoryIds);
    await insertJobs(manager, seedJobs(now), { companies: companyIds, categories: categoryIds, locations: locationIds });
    await insertArticles(manager, articleAuthors, articles, categoryIds, now);
    return { seeded: true };
  });
}
