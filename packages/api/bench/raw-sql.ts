/**
 * The bench's yardstick: each partner operation answered by ONE hand-written SQL statement that
 * lets Postgres build the response, served by plain node:http + pg (no GraphQL, no ORM). The bench
 * compares the API with it, operation by operation.
 *
 * POST /graphql with the same body the API gets ({ operationName, variables }); JobDetail also at
 * POST /prepared/graphql, where its statement is a named prepared statement (planned once per
 * connection) instead of an unnamed one (planned on every call, with the values at hand).
 *
 * JobDetail's descriptionHtml and glossaryTerms are the work a page does once per job version
 * (Markdown -> sanitised HTML, which terms the text mentions): the statement returns the job's
 * version, and this server computes both the first time it sees that version, as an API that stores
 * them (or caches them per version) would. A `jobs.description_html` column, when there is one and
 * it is filled, is read instead.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "pg";
import { MAX_MENTIONED_TERMS } from "../src/features/glossary/glossary.service";
import { termLinker, termMatcher, type TermNames } from "../src/features/glossary/glossary-matcher";
import { markdownToSafeHtml } from "../src/shared/text/markdown";
import { LIVE } from "./support";

export type RawOperation = "LatestJobs" | "SearchJobs" | "JobDetail" | "CompanyProfile" | "GlossaryTermPage";

/** base64url without padding, as Buffer#toString("base64url") gives it. */
const b64url = (sql: string) => `rtrim(translate(replace(encode(convert_to(${sql}, 'UTF8'), 'base64'), E'\\n', ''), '+/', '-_'), '=')`;
/** A DateTime as the API prints it. */
const iso = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const globalId = (type: string, id: string) => b64url(`'${type}:' || ${id}`);
const salary = (p: string) => `CASE
  WHEN ${p}.salary_currency IS NULL OR ${p}.salary_period IS NULL OR (${p}.salary_min IS NULL AND ${p}.salary_max IS NULL) THEN NULL
  ELSE json_build_object('min', ${p}.salary_min, 'max', ${p}.salary_max, 'currency', ${p}.salary_currency, 'period', ${p}.salary_period)
END`;
const locations = (jobId: string, withRegion: boolean) => `coalesce((
  SELECT json_agg(json_build_object('city', l.city, ${withRegion ? "'region', l.region, " : ""}'country', l.country, 'slug', l.slug)
                  ORDER BY l.country NULLS LAST, l.city)
  FROM job_locations jl JOIN locations l ON l.id = jl.location_id WHERE jl.job_id = ${jobId}), '[]'::json)`;

/** The statements, by operation. `webUrl` is the site the API's `url` fields point at. */
export function rawStatements(webUrl: string, options: { descriptionHtmlColumn: boolean }): Record<RawOperation, string> {
  const quote = (s: string) => s.replace(/'/g, "''");
  const site = quote(webUrl);
  return {
    /**
     * LatestJobs (categories filter, posted_at DESC): the page, its company, category, locations and
     * salary, the cursors, pageInfo and totalCount. $1 category slugs, $2 page size, $3/$4 the `after`
     * cursor's posted_at and id (null for the first page).
     */
    LatestJobs: `
WITH cats AS (
  SELECT id FROM job_categories WHERE slug = ANY($1::text[])
), page AS (
  SELECT j.id, j.slug, j.title, j.posted_at, j.remote, j.seniority, j.employment_type, j.tags, j.company_id, j.category_id,
         j.salary_min, j.salary_max, j.salary_currency, j.salary_period,
         row_number() OVER (ORDER BY j.posted_at DESC, j.id DESC) AS rn
  FROM jobs j
  WHERE ${LIVE} AND j.category_id IN (SELECT id FROM cats)
    AND ($4::int IS NULL OR (j.posted_at, j.id) < ($3::timestamptz, $4::int))
  ORDER BY j.posted_at DESC, j.id DESC
  LIMIT $2::int + 1
), edges AS (
  SELECT p.rn,
    ${b64url(`'["posted-DESC",' || coalesce(to_json(p.posted_at::text)::text, 'null') || ',' || p.id || ']'`)} AS cursor,
    json_build_object(
      'id', ${globalId("Job", "p.id")},
      'slug', p.slug,
      'url', '${site}/jobs/' || p.slug,
      'title', p.title,
      'postedAt', ${iso("p.posted_at")},
      'remote', p.remote,
      'seniority', p.seniority,
      'employmentType', p.employment_type,
      'tags', p.tags,
      'category', json_build_object('slug', cat.slug, 'name', cat.name),
      'company', json_build_object('id', ${globalId("Company", "c.id")}, 'slug', c.slug, 'name', c.name, 'logoUrl', c.logo_url),
      'locations', ${locations("p.id", false)},
      'salary', ${salary("p")}
    ) AS node
  FROM page p
  JOIN companies c ON c.id = p.company_id
  JOIN job_categories cat ON cat.id = p.category_id
  WHERE p.rn <= $2::int
)
SELECT json_build_object('data', json_build_object('jobs', json_build_object(
  'totalCount', (SELECT count(*)::int FROM jobs j WHERE ${LIVE} AND j.category_id IN (SELECT id FROM cats)),
  'pageInfo', json_build_object(
    'hasNextPage', (SELECT count(*) FROM page) > $2::int,
    'endCursor', (SELECT e.cursor FROM edges e ORDER BY e.rn DESC LIMIT 1)),
  'edges', coalesce((SELECT json_agg(json_build_object('cursor', e.cursor, 'node', e.node) ORDER BY e.rn) FROM edges e), '[]'::json)
)))::text AS body`,

    /**
     * SearchJobs: full-text match, ranked by ts_rank_cd over the title/company/tags vector, first 20
     * with totalCount, optional filters. $1 query, $2 remote policies, $3 seniorities, $4 salaryMin (USD).
     */
    SearchJobs: `
WITH matches AS (
  SELECT j.id, ts_rank_cd(j.rank_vector, websearch_to_tsquery('english', $1)) AS rank
  FROM jobs j
  WHERE ${LIVE} AND j.search_vector @@ websearch_to_tsquery('english', $1)
    AND ($2::remote_policy[] IS NULL OR j.remote = ANY($2::remote_policy[]))
    AND ($3::seniority[] IS NULL OR j.seniority = ANY($3::seniority[]))
    AND ($4::int IS NULL OR coalesce(j.salary_max_usd, j.salary_min_usd) >= $4::int)
), page AS (
  SELECT m.id, row_number() OVER (ORDER BY m.rank DESC, m.id DESC) AS rn FROM matches m ORDER BY m.rank DESC, m.id DESC LIMIT 20
)
SELECT json_build_object('data', json_build_object('jobs', json_build_object(
  'totalCount', (SELECT count(*)::int FROM matches),
  'edges', coalesce((
    SELECT json_agg(json_build_object('node', json_build_object(
      'slug', j.slug, 'title', j.title, 'company', json_build_object('name', c.name), 'salary', ${salary("j")})) ORDER BY p.rn)
    FROM page p JOIN jobs j ON j.id = p.id JOIN companies c ON c.id = j.company_id), '[]'::json)
)))::text AS body`,

    /** JobDetail: the live job by slug with company, category, locations; its id and version for the per-version work. $1 slug. */
    JobDetail: `
SELECT json_build_object(
  'id', ${globalId("Job", "j.id")},
  'slug', j.slug,
  'url', '${site}/jobs/' || j.slug,
  'title', j.title,
  'description', j.description,
  'descriptionHtml', ${options.descriptionHtmlColumn ? "j.description_html" : "NULL"},
  'postedAt', ${iso("j.posted_at")},
  'validThrough', ${iso("j.valid_through")},
  'remote', j.remote,
  'seniority', j.seniority,
  'employmentType', j.employment_type,
  'applyUrl', j.apply_url,
  'tags', j.tags,
  'category', json_build_object('slug', cat.slug, 'name', cat.name),
  'company', json_build_object('slug', c.slug, 'name', c.name, 'website', c.website, 'logoUrl', c.logo_url),
  'locations', ${locations("j.id", true)},
  'salary', ${salary("j")}
)::text AS job, j.id || ':' || j.updated_at::text AS version
FROM jobs j
JOIN companies c ON c.id = j.company_id
JOIN job_categories cat ON cat.id = j.category_id
WHERE j.slug = $1 AND ${LIVE}`,

    /** CompanyProfile: the company, its live-job count and its 10 newest live jobs. $1 slug. */
    CompanyProfile: `
SELECT json_build_object('data', json_build_object('company', (
  SELECT json_build_object(
    'id', ${globalId("Company", "c.id")},
    'slug', c.slug,
    'url', '${site}/companies/' || c.slug,
    'name', c.name,
    'website', c.website,
    'logoUrl', c.logo_url,
    'description', c.description,
    'size', c.size,
    'headquarters', c.headquarters,
    'verified', c.verified,
    'openJobsCount', n.live,
    'jobs', json_build_object('totalCount', n.live, 'edges', coalesce((
      SELECT json_agg(json_build_object('node', json_build_object('slug', p.slug, 'title', p.title)) ORDER BY p.posted_at DESC, p.id DESC)
      FROM (SELECT j.id, j.slug, j.title, j.posted_at FROM jobs j WHERE ${LIVE} AND j.company_id = c.id
            ORDER BY j.posted_at DESC, j.id DESC LIMIT 10) p), '[]'::json)))
  FROM companies c
  CROSS JOIN LATERAL (SELECT count(*)::int AS live FROM jobs j WHERE ${LIVE} AND j.company_id = c.id) n
  WHERE c.slug = $1
)))::text AS body`,

    /** GlossaryTermPage: the term, its FAQs, related terms, and its category's 3 newest live jobs with their count. $1 slug. */
    GlossaryTermPage: `
SELECT json_build_object('data', json_build_object('glossaryTerm', (
  SELECT json_build_object(
    'id', ${globalId("GlossaryTerm", "t.id")},
    'slug', t.slug,
    'url', '${site}/glossary/' || t.slug,
    'term', t.term,
    'shortDefinition', t.short_definition,
    'body', t.body,
    'howItWorks', t.how_it_works,
    'careerRelevance', t.career_relevance,
    'updatedAt', ${iso("t.updated_at")},
    'faqs', coalesce((SELECT json_agg(json_build_object('question', f.question, 'answer', f.answer) ORDER BY f.position)
                      FROM glossary_faqs f WHERE f.term_id = t.id), '[]'::json),
    'relatedTerms', coalesce((SELECT json_agg(json_build_object('slug', r.slug, 'term', r.term, 'shortDefinition', r.short_definition) ORDER BY gr.position)
                              FROM glossary_related_terms gr JOIN glossary_terms r ON r.id = gr.related_term_id WHERE gr.term_id = t.id), '[]'::json),
    'relatedCategory', (
      SELECT json_build_object('slug', cat.slug, 'name', cat.name, 'jobs', json_build_object(
        'totalCount', (SELECT count(*)::int FROM jobs j WHERE ${LIVE} AND j.category_id = cat.id),
        'edges', coalesce((
          SELECT json_agg(json_build_object('node', json_build_object('slug', p.slug, 'title', p.title, 'company', json_build_object('name', p.company)))
                          ORDER BY p.posted_at DESC, p.id DESC)
          FROM (SELECT j.id, j.slug, j.title, j.posted_at, c.name AS company FROM jobs j JOIN companies c ON c.id = j.company_id
                WHERE ${LIVE} AND j.category_id = cat.id ORDER BY j.posted_at DESC, j.id DESC LIMIT 3) p), '[]'::json)))
      FROM job_categories cat WHERE cat.id = t.related_category_id))
  FROM glossary_terms t
  WHERE t.slug = $1
)))::text AS body`,
  };
}

export interface RawServer {
  /** POST here: unnamed (unprepared) statements. */
  url: string;
  /** POST here: JobDetail as a named prepared statement; the other operations as at `url`. */
  preparedUrl: string;
  /** Statements sent so far (one per request). */
  statements(): number;
  close(): Promise<void>;
}

type Variables = Record<string, unknown>;

/** A keyset cursor's sort key and id (the API's cursors are base64url JSON: [sort, key, id]). */
function decodeCursor(cursor: unknown): [string | null, number | null] {
  if (typeof cursor !== "string" || !cursor) return [null, null];
  const [, key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string | null, number];
  return [key, id];
}

const orNull = <T>(v: T[] | null | undefined) => (Array.isArray(v) && v.length > 0 ? v : null);

export async function startRawServer(databaseUrl: string, webUrl: string, poolSize: number): Promise<RawServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const [{ exists }] = (
    await pool.query(`SELECT EXISTS (SELECT 1 FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'jobs' AND column_name = 'description_html') AS exists`)
  ).rows as { exists: boolean }[];
  const statements = rawStatements(webUrl, { descriptionHtmlColumn: exists });
  // What the per-version work needs: every term's names, slug and term (the glossary does not change during a run).
  const glossary = (
    await pool.query<TermNames & { slug: string; term: string }>(
      `SELECT t.id, t.term || t.aliases AS names, t.slug, t.term FROM glossary_terms t ORDER BY t.id`,
    )
  ).rows;
  const glossaryById = new Map(glossary.map((t) => [t.id, { slug: t.slug, term: t.term }]));
  const mentioned = termMatcher(glossary);
  const linked = termLinker(glossary, (id) => `${webUrl}/glossary/${glossaryById.get(id)!.slug}`);
  const perVersion = new Map<string, { descriptionHtml: string; glossaryTerms: { slug: string; term: string }[] }>();
  const versionWork = (version: string, description: string, storedHtml: string | null) => {
    let done = perVersion.get(version);
    if (!done) {
      const terms = mentioned(description)
        .map((id) => glossaryById.get(id)!)
        .sort((a, b) => a.term.localeCompare(b.term))
        .slice(0, MAX_MENTIONED_TERMS);
      done = { descriptionHtml: linked(storedHtml ?? markdownToSafeHtml(description)), glossaryTerms: terms };
      perVersion.set(version, done);
    }
    return done;
  };

  let count = 0;
  const run = async (operation: string, v: Variables, prepared: boolean): Promise<string> => {
    count += 1;
    const text = (statements as Record<string, string>)[operation];
    if (!text) throw new Error(`no raw statement for ${operation}`);
    const filter = (v.filter ?? {}) as Variables;
    switch (operation as RawOperation) {
      case "LatestJobs": {
        const [key, id] = decodeCursor(v.after);
        const values = [filter.categories ?? [], v.first ?? 10, key, id];
        return (await pool.query({ text, values, rowMode: "array" })).rows[0][0] as string;
      }
      case "SearchJobs": {
        const values = [v.query, orNull(v.remote as string[]), orNull(v.seniorities as string[]), v.salaryMin ?? null];
        return (await pool.query({ text, values, rowMode: "array" })).rows[0][0] as string;
      }
      case "JobDetail": {
        const query = prepared ? { name: "raw-job-detail", text, values: [v.slug] } : { text, values: [v.slug] };
        const rows = (await pool.query<{ job: string; version: string }>(query)).rows;
        if (rows.length === 0) return `{"data":{"job":null}}`;
        const job = JSON.parse(rows[0].job) as Record<string, unknown>;
        const work = versionWork(rows[0].version, job.description as string, job.descriptionHtml as string | null);
        job.descriptionHtml = work.descriptionHtml;
        job.glossaryTerms = work.glossaryTerms;
        return JSON.stringify({ data: { job } });
      }
      case "CompanyProfile":
      case "GlossaryTermPage":
        return (await pool.query({ text, values: [v.slug], rowMode: "array" })).rows[0][0] as string;
    }
  };

  const server = http.createServer((req, res) => {
    const fail = (status: number, message: string) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message }] }));
    };
    if (req.method !== "POST") return fail(405, "POST only");
    const prepared = req.url === "/prepared/graphql";
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let operationName: string;
      let variables: Variables;
      try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { operationName?: string; variables?: Variables };
        operationName = parsed.operationName ?? "";
        variables = parsed.variables ?? {};
      } catch {
        return fail(400, "Request body is not valid JSON");
      }
      run(operationName, variables, prepared).then(
        (body) => {
          res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
          res.end(body);
        },
        (error: Error) => fail(500, error.message),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    preparedUrl: `http://127.0.0.1:${port}/prepared/graphql`,
    statements: () => count,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
