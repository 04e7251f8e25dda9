import { partnerOperations } from "@hiredinai/schema";
import {
  execute,
  getIntrospectionQuery,
  GraphQLError,
  getOperationAST,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import type { DataSource } from "typeorm";
import { buildSchema } from "../src/app/build-schema";
import { createContext, type Context } from "../src/app/context";
import { formatError } from "../src/app/format-error";
import { startServer, type RunningServer } from "../src/app/server";
import { createServices, type Services } from "../src/app/services";
import { seed } from "../src/db/seed/seed";
import { toGlobalId } from "../src/shared/graphql/global-id";
import { RATE_LIMIT_TABLE } from "../src/shared/rate-limit/rate-limiter";
import { createLogger } from "../src/shared/log/logger";
import { openTestDataSource } from "./support/database";
import { spaOperations } from "./support/operations";
import { testConfig, useTestApi } from "./support/test-api";

/**
 * Differential test: every operation of the partner contract and of the web app, and edge cases for
 * inputs (defaults, enums, lists from one value, scalars, null versus omitted, bad variables), run
 * through graphql-js `execute` and through the whole API over HTTP, on the same seeded database: the
 * data must be equal, and so must the errors as format-error.ts words them. It holds the API to
 * graphql-js's semantics whatever executes for it: the API ran on graphql-jit until it was found
 * to differ on such inputs (it ignored input defaults, so createAlert failed without `frequency`)
 * and to compile string literals into code it ran (INJECTION below).
 */

type Vars = Record<string, unknown>;
interface Case {
  name: string;
  source: string;
  /** Each set is run, and `{}` before them (omitted variables are a case of their own). */
  variables: Vars[];
}

/** Answered by the HTTP front door (the budget it spent), which graphql-js alone does not have. */
const FRONT_DOOR = new Set(["RateLimit"]);

const email = "parity@example.com";

/** graphql-jit turns this prefix inside a string literal into `new Date(...)` in compiled code. */
const INJECTION = `__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d0),x:(globalThis.parityInjected=1),y:(0`;

/** What a client can tell apart in a result: its data, and each error's message and code. */
function observable(result: { data?: unknown; errors?: readonly GraphQLFormattedError[] }) {
  return JSON.parse(
    JSON.stringify({ data: result.data, errors: result.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })) }),
  );
}

describe("the API answers as graphql-js does", () => {
  let ds: DataSource;
  let schema: GraphQLSchema;
  let services: Services;
  let server: RunningServer;
  let world: Awaited<ReturnType<typeof keys>>;
  /** Tables the seed left empty (alerts, the outbox, rate limits, ...): emptied again before each mutation run, ids from 1. */
  let emptyTables: string[];
  /** Those of them a seeded table refers to (users, by jobs.created_by): deleted from, as TRUNCATE would refuse. */
  let referencedTables: string[];
  /** The others, and their content, which no run may change. */
  let seededTables: string[];
  let seededSums: Record<string, string>;

  /** A few keys of the seeded data set to ask for. */
  async function keys() {
    const one = async (sql: string) => (await ds.query<{ id: number; slug: string }[]>(sql))[0];
    return {
      job: await one(`SELECT id, slug FROM jobs WHERE status = 'PUBLISHED' AND salary_min IS NOT NULL ORDER BY posted_at DESC, id LIMIT 1`),
      company: await one(
        `SELECT c.id, c.slug FROM companies c JOIN jobs j ON j.company_id = c.id GROUP BY c.id ORDER BY count(*) DESC, c.slug LIMIT 1`,
      ),
      term: await one(`SELECT id, slug FROM glossary_terms WHERE related_category_id IS NOT NULL ORDER BY slug LIMIT 1`),
      location: await one(`SELECT id, slug FROM locations ORDER BY slug LIMIT 1`),
      category: await one(`SELECT id, slug FROM job_categories ORDER BY position LIMIT 1`),
    };
  }

  // Seeded once for every case: queries leave the data as it is, mutations write only emptyTables.
  beforeAll(async () => {
    ds = await openTestDataSource();
    await seed(ds);
    world = await keys();
    const tables = await ds.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    emptyTables = [];
    seededTables = [];
    for (const { name } of tables) {
      const [{ empty }] = await ds.query<{ empty: boolean }[]>(`SELECT NOT EXISTS (SELECT 1 FROM "${name}") AS empty`);
      (empty ? emptyTables : seededTables).push(name);
    }
    const references = await ds.query<{ name: string }[]>(
      `SELECT DISTINCT ccu.table_name AS name FROM information_schema.referential_constraints rc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name
       WHERE kcu.table_name = ANY($1::text[])`,
      [seededTables],
    );
    referencedTables = emptyTables.filter((t) => references.some((r) => r.name === t));
    emptyTables = emptyTables.filter((t) => !referencedTables.includes(t));
    seededSums = await checksums(seededTables);
    schema = await buildSchema();
    // No result cache: a ranking cached by the first run must not stand in for the second's.
    services = createServices(ds, testConfig({ RESULT_CACHE_SECONDS: "0" }));
    server = await startServer(ds, testConfig({ RESULT_CACHE_SECONDS: "0" }), { port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server?.close();
    await ds?.destroy();
  });

  const context = (): Context =>
    createContext(
      services,
      {
        id: "parity",
        ip: "127.0.0.1",
        userAgent: null,
        fromWebApp: false,
        log: createLogger("silent"),
        fail: () => {},
        sessionCookie: { allowed: true, set: () => {}, clear: () => {} },
      },
      { kind: "anonymous" },
    );

  /** Each table's content as a checksum. */
  async function checksums(tables: string[]): Promise<Record<string, string>> {
    const sums: Record<string, string> = {};
    for (const t of tables) {
      sums[t] = (
        await ds.query<{ sum: string }[]>(`SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS sum FROM "${t}" r`)
      )[0].sum;
    }
    return sums;
  }

  /** The rows mutations wrote, with what legitimately differs between runs masked: times, tokens and their hashes. */
  async function writtenRows() {
    const rows: Record<string, unknown[]> = {};
    for (const t of emptyTables) {
      // The HTTP front door spends each request's rate-limit budget; graphql-js alone has no front door.
      const all = await ds.query<Record<string, unknown>[]>(
        t === RATE_LIMIT_TABLE ? `SELECT * FROM "${t}" WHERE key NOT LIKE 'budget:%' ORDER BY 1` : `SELECT * FROM "${t}" ORDER BY 1`,
      );
      // Timestamps, and epoch milliseconds (rate-limit expiries), are the clock's.
      const masked = all.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date || /^\d{13}$/.test(String(v)) ? "<time>" : v])),
      );
      rows[t] = JSON.parse(
        JSON.stringify(masked)
          .replace(/\b[0-9a-f]{64}\b/g, "<hash>")
          .replace(/\$argon2id\$[^"]+/g, "<argon2>")
          .replace(/token=[\w.-]+/g, "token=<token>")
          // The link-signing key each database makes for itself.
          .replace(/"value":"[\w-]{43}"/g, '"value":"<secret>"'),
      );
    }
    return rows;
  }

  /**
   * graphql-js's answer, its errors worded as the API words them. With no data, execution never
   * began: the variables were refused, which Apollo reports as BAD_USER_INPUT.
   */
  async function executeDirectly(document: DocumentNode, variables: Vars, operationName: string | undefined) {
    const result = await execute({ schema, document, contextValue: context(), variableValues: variables, operationName });
    const refused = (e: GraphQLError) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: "BAD_USER_INPUT" } });
    const errors = result.errors?.map((e) => (result.data === undefined ? refused(e) : e));
    // An argument value graphql-js refuses mid-execution (data null, an error with a path), the API
    // refuses before anything runs (no data at all): the same errors, without the nulls.
    const argumentRefused = (e: GraphQLError) =>
      e.originalError instanceof GraphQLError && !e.originalError.originalError && e.originalError.extensions.code == null;
    const data = result.errors?.length && result.errors.every(argumentRefused) ? undefined : result.data;
    return { data, errors: errors?.map((e) => formatError(e.toJSON(), e)) };
  }

  /** The API's answer over HTTP; it never answers with a masked internal error. */
  async function askTheApi(source: string, variables: Vars, operationName: string | undefined) {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: source, variables, operationName }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
    expect(body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
    return body;
  }

  /** One run; a mutation starts from emptyTables emptied and must change no seeded table. */
  async function run(how: "graphql-js" | "api", document: DocumentNode, source: string, variables: Vars) {
    const operation = getOperationAST(document)!;
    const operationName = operation.name?.value;
    const isMutation = operation.operation === "mutation";
    if (isMutation) {
      await ds.query(`TRUNCATE ${emptyTables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY`);
      for (const t of referencedTables) {
        await ds.query(`DELETE FROM "${t}"`);
        await ds.query(
          `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), 1, false) WHERE pg_get_serial_sequence('"${t}"', 'id') IS NOT NULL`,
        );
      }
    }
    const result =
      how === "graphql-js" ? await executeDirectly(document, variables, operationName) : await askTheApi(source, variables, operationName);
    if (!isMutation) return { result: observable(result) };
    expect(await checksums(seededTables)).toEqual(seededSums);
    return { result: observable(result), rows: await writtenRows() };
  }

  /** Runs a case both ways, every variable set, and requires the same outcomes. */
  async function same(c: Case) {
    const document = parse(c.source);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    const expected: unknown[] = [];
    const actual: unknown[] = [];
    for (const variables of [{}, ...c.variables]) {
      expected.push({ variables, ...(await run("graphql-js", document, c.source, variables)) });
      actual.push({ variables, ...(await run("api", document, c.source, variables)) });
    }
    expect(actual).toEqual(expected);
  }

  /** Variables for the contract's and the web app's operations: real keys, and the constructs under test. */
  function variablesFor(name: string): Vars[] {
    const w = world;
    const sets: Record<string, Vars[]> = {
      LatestJobs: [
        { first: 5 },
        { first: 3, filter: { categories: ["generative-ai"], remote: "REMOTE" } },
        { first: null, after: null, filter: null },
      ],
      SearchJobs: [
        { query: "engineer" },
        { query: "llm", remote: ["REMOTE"], seniorities: ["SENIOR", "LEAD"], salaryMin: 150000 },
        { query: "vision", remote: "HYBRID", seniorities: "MID" },
        { query: "llm", seniorities: ["WIZARD"] },
        { query: 42 },
      ],
      JobDetail: [{ slug: w.job.slug }, { slug: "no-such-job" }],
      CompanyProfile: [{ slug: w.company.slug }, { slug: "no-such-company" }],
      GlossaryIndex: [{ letter: "L" }, { letter: null }],
      GlossaryTermPage: [{ slug: w.term.slug }],
      SalaryStats: [{ filter: { seniorities: ["SENIOR"], postedAfter: "2020-01-01T00:00:00Z" } }, { filter: { postedAfter: "yesterday" } }],
      ByGlobalId: [
        { id: toGlobalId("Job", w.job.id) },
        { id: toGlobalId("Company", w.company.id) },
        { id: toGlobalId("GlossaryTerm", w.term.id) },
        { id: "nope" },
        { id: 7 },
      ],
      CreateAlert: [
        { input: { email, criteria: {} } },
        {
          input: {
            email,
            frequency: "WEEKLY",
            criteria: { query: "llm", categories: "generative-ai", seniorities: "SENIOR", salaryMin: 100000 },
          },
        },
        { input: { email, frequency: null, criteria: {} } },
        { input: { email, frequency: "HOURLY", criteria: {} } },
        { input: { email: "not-an-email", criteria: { categories: ["no-such-category"] } } },
        { input: { criteria: {} } },
        { input: null },
      ],
      JobSearchQuery: [
        { first: 20, filter: {}, orderBy: { field: "POSTED_AT", direction: "DESC" } },
        { first: 10, orderBy: { field: "SALARY" } },
        { first: 10, filter: { query: "vision" }, orderBy: { field: "RELEVANCE", direction: "DESC" } },
        { first: 10, orderBy: null },
        { first: 10, orderBy: { field: "SALARY", direction: null } },
      ],
      JobSearchFacetsQuery: [{ filter: { remote: ["REMOTE"], tags: "python" } }],
      CreateAlertMutation: [{ input: { email, criteria: { remote: "REMOTE" } } }],
      // Account operations, as an anonymous caller: sign-up runs; the rest are refused the same way both times.
      SignUpMutation: [
        { input: { email: "new@example.com", password: "orbit-lantern-quiet-harbor", role: "EMPLOYER" } },
        { input: { email: "not-an-email", password: "short" } },
      ],
      SignInMutation: [{ input: { email: "nobody@example.com", password: "not-the-password" } }, { input: { email: "a@b.c" } }],
      VerifyEmailMutation: [{ input: { token: "not-a-token" } }],
      ConfirmEmailChangeMutation: [{ input: { token: "not-a-token" } }],
      RequestPasswordResetMutation: [{ input: { email: "nobody@example.com" } }, { input: { email: "nope" } }],
      ArticleSectionRouteQuery: [{ section: "SALARY_GUIDE" }, { section: "NOT_A_SECTION" }],
      ArticleRouteQuery: [{ slug: "mlops-engineer-salaries" }, { slug: "no-such-article" }],
      AuthorRouteQuery: [{ slug: "maya-okafor" }, { slug: "nobody" }],
      SendContactMessageMutation: [
        { input: { name: "Ada", email: "ada@example.com", topic: "GENERAL", message: "A question about the site.", pageUrl: null } },
        { input: { name: "", email: "nope", topic: "GENERAL", message: "short" } },
      ],
      ResetPasswordMutation: [{ input: { token: "not-a-token", password: "orbit-lantern-quiet-harbor" } }],
      ChangePasswordMutation: [{ input: { currentPassword: "a", newPassword: "orbit-lantern-quiet-harbor" } }],
      ChangeEmailMutation: [{ input: { newEmail: "new@example.com", password: "a" } }],
      RevokeSessionMutation: [{ id: "anything" }],
      // Alert links, as an anonymous caller with links that are not valid (and an id, which needs a sign-in).
      ConfirmAlertMutation: [{ input: { token: "not-a-token" } }, { input: { token: "1.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" } }],
      UnsubscribeAlertMutation: [{ input: { token: "not-a-token" } }],
      UpdateAlertMutation: [{ input: { token: "not-a-token", frequency: "WEEKLY" } }, { input: { id: "QWxlcnQ6MQ==", sendHour: 25 } }],
      PauseAlertMutation: [{ input: { token: "not-a-token" } }, { input: { id: "QWxlcnQ6MQ==" } }],
      ResumeAlertMutation: [{ input: { token: "not-a-token" } }, { input: {} }],
      DeleteAlertMutation: [{ input: { token: "not-a-token" } }],
      // Employers' and admins' operations, as an anonymous caller: refused the same way both times (and bad variables too).
      CreateCompanyMutation: [{ input: { name: "Parity AI" } }, { input: {} }],
      UpdateCompanyMutation: [
        { input: { name: "Parity AI", billing: { legalName: "Parity AI Ltd", address: "1 Street", country: "UK" } } },
      ],
      SavePostingMutation: [
        { id: null, input: { title: "Parity", category: "x", seniority: "MID", employmentType: "FULL_TIME", remote: "REMOTE" } },
        { input: { title: "Parity", seniority: "NOT_A_LEVEL" } },
      ],
      SubmitPostingMutation: [{ id: "Sm9iOjE=", plan: "basic" }],
      ClosePostingMutation: [{ id: "Sm9iOjE=" }],
      ResubmitPostingMutation: [{ id: "Sm9iOjE=" }],
      RenewPostingMutation: [{ id: "Sm9iOjE=", plan: "basic" }],
      DuplicatePostingMutation: [{ id: "Sm9iOjE=" }],
      InvoiceRouteQuery: [{ number: "HAI-2026-000001" }],
      DescriptionPreviewQuery: [{ input: { markdown: "**x**" } }, { input: {} }],
      PostingToEditQuery: [{ id: "Sm9iOjE=" }],
      MarkOrderPaidMutation: [{ id: "T3JkZXI6MQ==" }],
      ApprovePostingMutation: [{ id: "Sm9iOjE=" }],
      RejectPostingMutation: [{ id: "Sm9iOjE=", reason: "No." }, { id: "Sm9iOjE=" }],
      CreatePlanMutation: [
        { input: { name: "Parity", priceAmount: 100, priceCurrency: "USD", durationDays: 30 } },
        { input: { priceAmount: -1 } },
      ],
      UpdatePlanMutation: [{ id: "UGxhbjox", input: { priceAmount: 39900 } }],
      SetPlanActiveMutation: [{ id: "UGxhbjox", input: { active: false } }],
      // Admins' articles, as an anonymous caller: refused the same way both times (and bad variables too).
      AdminArticlesQuery: [{ first: 20 }, { first: 20, filter: { status: "DRAFT", query: "ai" }, after: null }],
      AdminArticleQuery: [{ id: "QXJ0aWNsZTox" }],
      ArticlePreviewQuery: [{ input: { body: "**x**" } }, { input: {} }],
      CreateArticleMutation: [
        { input: { section: "BLOG", title: "Parity", summary: "A summary.", body: "Text.", author: "maya-okafor" } },
        { input: { section: "OPINION" } },
      ],
      UpdateArticleMutation: [{ id: "QXJ0aWNsZTox", input: { title: "Parity" } }],
      PublishArticleMutation: [{ id: "QXJ0aWNsZTox" }],
      CreateArticleAuthorMutation: [{ input: { name: "Parity", bio: "Writes." } }, { input: { slug: "Not A Slug" } }],
      UpdateArticleAuthorMutation: [{ slug: "maya-okafor", input: { bio: "Writes." } }],
      // Joining a company: claims and invitations (anonymous: refused; a link that isn't one: null).
      JoinCompanySearchQuery: [{ query: "ai", first: 10 }],
      RequestCompanyClaimMutation: [
        { input: { companyId: "Q29tcGFueTox", message: "Recruiter." } },
        { input: { companyId: "Q29tcGFueTox" } },
      ],
      WithdrawCompanyClaimMutation: [{ id: "Q29tcGFueUNsYWltOjE=" }],
      ApproveCompanyClaimMutation: [{ id: "Q29tcGFueUNsYWltOjE=" }],
      RejectCompanyClaimMutation: [{ id: "Q29tcGFueUNsYWltOjE=", reason: "No." }, { id: "Q29tcGFueUNsYWltOjE=" }],
      InviteColleagueMutation: [{ email: "colleague@example.com" }],
      RevokeCompanyInvitationMutation: [{ id: "Q29tcGFueUludml0YXRpb246MQ==" }],
      CompanyInvitationQuery: [{ token: "not-a-token" }],
      AcceptCompanyInvitationMutation: [{ token: "not-a-token" }],
      AdminCompaniesQuery: [{ first: 25 }, { first: 25, filter: { query: "ai" }, after: null }],
      SetCompanyVerifiedMutation: [{ id: "Q29tcGFueTox", verified: true }],
      ManageAlertRouteQuery: [{ token: "not-a-token", byToken: true }],
      UnsubscribeAlertRouteQuery: [{ token: "not-a-token" }],
      CategoryJobsRouteQuery: [{ slug: w.category.slug }],
      CityJobsRouteQuery: [{ slug: w.location.slug }],
      CompaniesRouteQuery: [{ first: 24 }, { first: 5, filter: { hiring: true, query: "ai" } }],
      CompanyRouteQuery: [
        { slug: w.company.slug, first: 10 },
        { slug: w.company.slug, first: 0 },
      ],
      GlossaryRouteQuery: [{ first: 50 }, { first: 10, filter: { letter: "A" } }],
      GlossaryTermRouteQuery: [{ slug: w.term.slug }],
      JobDetailRouteQuery: [{ slug: w.job.slug }],
      SalariesRouteQuery: [{ currency: "USD" }, { currency: "EUR" }],
      SalaryCategoryRouteQuery: [
        { slug: w.category.slug, categories: [w.category.slug], currency: "USD" },
        { slug: w.category.slug, categories: w.category.slug, currency: "GBP" },
      ],
    };
    return sets[name] ?? [];
  }

  /** One construct each; `$slug` is always a live job's. */
  const edgeCases: Case[] = [
    {
      name: "input default in a literal (createAlert without frequency)",
      source: `mutation { createAlert(input: { email: "${email}", criteria: {} }) { alert { id email frequency status } } }`,
      variables: [],
    },
    {
      name: "nested input default in a literal",
      source: `{ jobs(first: 5, orderBy: { field: SALARY }) { edges { node { slug salary { min } } } } }`,
      variables: [],
    },
    {
      name: "nested input default with an omitted variable inside a literal",
      source: `query ($direction: OrderDirection) { jobs(first: 5, orderBy: { field: SALARY, direction: $direction }) { edges { node { slug } } } }`,
      variables: [{ direction: "ASC" }, { direction: null }],
    },
    {
      name: "argument defaults: orderBy, currency, similarJobs(first)",
      source: `query ($slug: String!) { jobs(first: 3) { edges { node { slug } } } salaryStats { currency median } job(slug: $slug) { similarJobs { slug } } }`,
      variables: [{}],
    },
    {
      name: "nullable variable into a non-null argument with a default",
      source: `query ($slug: String!, $n: Int) { job(slug: $slug) { similarJobs(first: $n) { slug } } }`,
      variables: [{}, { n: null }, { n: 2 }, { n: 0 }],
    },
    {
      name: "non-null variables with defaults",
      source: `query ($first: Int! = 3, $currency: String! = "EUR") { jobs(first: $first) { edges { node { slug } } } salaryStats(currency: $currency) { currency } }`,
      variables: [{ first: 2 }, { first: null }, { currency: "GBP" }],
    },
    {
      name: "variable defaults: enum list, DateTime, input object",
      source: `query ($remote: [RemotePolicy!] = [REMOTE], $after: DateTime = "2020-01-01T00:00:00Z", $order: JobOrder = { field: SALARY }) {
        jobs(first: 5, filter: { remote: $remote, postedAfter: $after }, orderBy: $order) { totalCount edges { node { slug remote } } }
      }`,
      variables: [{ remote: null }, { after: null, order: null }],
    },
    {
      name: "enums in literals, lists from one value",
      source: `{ jobs(first: 5, filter: { seniorities: SENIOR, remote: [REMOTE, HYBRID], categories: "generative-ai" }) { totalCount edges { node { seniority remote } } } }`,
      variables: [],
    },
    {
      name: "enums and lists in variables, good and bad",
      source: `query ($filter: JobFilter) { jobs(first: 5, filter: $filter) { totalCount edges { node { slug } } } }`,
      variables: [
        { filter: { seniorities: "SENIOR", employmentTypes: ["FULL_TIME"] } },
        { filter: { seniorities: ["senior"] } },
        { filter: { seniorities: [1] } },
        { filter: { remote: [null] } },
        { filter: { tags: [["nested"]] } },
      ],
    },
    {
      name: "DateTime in variables and literals",
      source: `query ($after: DateTime) {
        a: jobs(first: 3, filter: { postedAfter: $after }) { totalCount }
        b: jobs(first: 3, filter: { postedAfter: "2020-01-01T00:00:00Z" }) { totalCount edges { node { postedAt validThrough } } }
      }`,
      variables: [
        { after: "2020-01-01T00:00:00Z" },
        { after: "2020-01-01T00:00:00+02:00" },
        { after: "yesterday" },
        { after: 0 },
        { after: null },
      ],
    },
    {
      name: "null versus omitted, top level and nested",
      source: `query ($first: Int, $after: String, $query: String, $filter: JobFilter) {
        a: jobs(first: $first, after: $after, filter: { query: $query }) { totalCount }
        b: jobs(first: 3, filter: $filter, orderBy: null) { totalCount edges { node { slug } } }
        c: companies(first: 2, filter: null) { totalCount }
      }`,
      variables: [{ first: null, after: null, query: null, filter: null }, { filter: { query: null, salaryMin: null } }],
    },
    {
      name: "bad variables: wrong scalars, unknown fields, not an object",
      source: `query ($first: Int, $filter: JobFilter, $id: ID!) { jobs(first: $first, filter: $filter) { totalCount } node(id: $id) { id } }`,
      variables: [
        { id: "x", first: "ten" },
        { id: "x", first: 1.5 },
        { id: "x", first: 2 ** 31 },
        { id: 1.5 },
        { id: "x", filter: { bogus: 1, query: "x", nope: 2 } },
        { id: "x", filter: "x" },
        { id: "x", filter: [] },
        { id: "x", filter: { salaryMin: "high", featured: "yes", query: 1 } },
      ],
    },
    {
      name: "resolver errors: paths, validation messages, null propagation",
      source: `query ($after: String) {
        companies(first: 2) { edges { node { slug jobs(first: 0) { totalCount } } } }
        jobs(first: 101, after: $after) { totalCount }
        salaryStats(currency: "XYZ") { median }
        job(slug: "x") { slug }
      }`,
      variables: [{ after: "not-a-cursor" }],
    },
    {
      name: "mutation fields run one after another",
      source: `mutation ($email: String!) {
        a: createAlert(input: { email: $email, criteria: { query: "one" } }) { alert { id frequency criteria { query } } }
        b: createAlert(input: { email: $email, frequency: INSTANT, criteria: { query: "two", remote: REMOTE } }) { alert { id frequency criteria { query remote } } }
        c: createAlert(input: { email: "bad", criteria: {} }) { alert { id } }
      }`,
      variables: [{ email }],
    },
    {
      name: "@include and @skip with variables and defaults",
      source: `query ($yes: Boolean = true, $no: Boolean!) { jobCategories { slug @include(if: $yes) name @skip(if: $no) } }`,
      variables: [{ no: true }, { yes: false, no: false }, { yes: null, no: false }],
    },
    {
      name: "string literals graphql-jit compiled into code",
      source: `{ a: jobs(first: 1, filter: { query: "${INJECTION}" }) { totalCount }
               b: jobs(first: 1, filter: { query: "__MAGIC_NAN__57f286b9_4c20_487f_b409_79804ddcb4f8" }) { totalCount } }`,
      variables: [],
    },
    { name: "introspection", source: getIntrospectionQuery({ inputValueDeprecation: true }), variables: [] },
    {
      name: "__typename, aliases and abstract types",
      source: `query ($id: ID!) { __typename node(id: $id) { __typename id ... on JobCategory { n: name } } first: jobCategories { __typename slug } }`,
      variables: [{ id: toGlobalId("JobCategory", 1) }, { id: toGlobalId("Alert", 1) }],
    },
  ];

  const partner = [...partnerOperations()].filter(([name]) => !FRONT_DOOR.has(name));
  const web = [...spaOperations()];

  test("the corpus has the contract's and the web app's operations", () => {
    expect(partner.map(([name]) => name)).toEqual(expect.arrayContaining(["LatestJobs", "SearchJobs", "CreateAlert"]));
    expect(web.map(([name]) => name)).toEqual(expect.arrayContaining(["JobSearchQuery", "HomeRouteQuery", "CreateAlertMutation"]));
  });

  describe.each([
    ["partner contract", partner],
    ["web app", web],
  ])("%s", (_label, operations) => {
    test.each(operations)("%s", async (name, source) => {
      const sets = variablesFor(name);
      const required = getOperationAST(parse(source))!.variableDefinitions?.some(
        (v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
      );
      // With required variables and no values for them, only the "not provided" error would be compared.
      if (required) expect(sets).not.toEqual([]);
      await same({ name, source, variables: sets });
    });
  });

  describe("edge cases", () => {
    test.each(edgeCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      await same({ ...c, variables: c.variables.map((v) => ({ slug: world.job.slug, ...v })) });
      expect((globalThis as { parityInjected?: unknown }).parityInjected).toBeUndefined();
    });
  });
});

describe("createAlert over HTTP", () => {
  const api = useTestApi();
  const CREATE = `mutation M($input: CreateAlertInput!) { createAlert(input: $input) { alert { id } } }`;
  const written = async () =>
    api.ds.query<unknown[]>(`SELECT (SELECT count(*) FROM alerts)::int AS alerts, (SELECT count(*) FROM email_outbox)::int AS emails`);

  test("without frequency, the alert gets the schema's default, DAILY", async () => {
    const res = await api.gql(CREATE, { input: { email: "a@example.com", criteria: {} } });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ createAlert: { alert: { id: expect.any(String) } } });
    expect(await api.ds.query(`SELECT email, frequency FROM alerts`)).toEqual([{ email: "a@example.com", frequency: "DAILY" }]);
    expect(await written()).toEqual([{ alerts: 1, emails: 1 }]);
  });

  test.each([
    { email: "a@example.com", frequency: null, criteria: {} },
    { email: "a@example.com", frequency: "HOURLY", criteria: {} },
    { email: "a@example.com" },
  ])("bad variables get 400 BAD_USER_INPUT with graphql-js's message and write nothing: %j", async (input) => {
    const reference = await execute({ schema: await buildSchema(), document: parse(CREATE), variableValues: { input } });
    const res = await api.gql(CREATE, { input });
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual(reference.errors!.map((e) => ["BAD_USER_INPUT", e.message]));
    expect(await written()).toEqual([{ alerts: 0, emails: 0 }]);
  });

  test("without an email, an anonymous caller is asked for one by field, and nothing is written", async () => {
    const res = await api.gql(CREATE, { input: { criteria: {} } });
    expect(res.errors?.map((e) => e.extensions)).toEqual([
      { code: "BAD_USER_INPUT", fields: [{ field: "input.email", message: "Enter the email address the alerts should go to." }] },
    ]);
    expect(await written()).toEqual([{ alerts: 0, emails: 0 }]);
  });

  test("a string literal is a search, never code", async () => {
    const res = await api.gql(`{ jobs(first: 1, filter: { query: "${INJECTION}" }) { totalCount } }`);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ jobs: { totalCount: 0 } });
    expect((globalThis as { parityInjected?: unknown }).parityInjected).toBeUndefined();
  });
});
