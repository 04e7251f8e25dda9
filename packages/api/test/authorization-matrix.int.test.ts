import { getNamedType, isLeafType, isNonNullType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { buildSchema } from "../src/app/build-schema";
import { insertStartingPlans } from "../src/db/migrations/1765100000000-plans";
import { Role } from "../src/features/accounts/user.enums";
import { JobStatus } from "../src/features/jobs/job.enums";
import type { User } from "../src/features/accounts/user.entity";
import { TokenPurpose, UserToken } from "../src/features/accounts/user-token.entity";
import { LinkSigner } from "../src/shared/crypto/signed-links";
import { hashToken, newToken } from "../src/shared/crypto/tokens";
import { toGlobalId } from "../src/shared/graphql/global-id";
import { RATE_LIMIT_TABLE } from "../src/shared/rate-limit/rate-limiter";
import { bearer, GOOD_PASSWORD, makeApiKey, makeUser, sessionFor } from "./support/accounts";
import { resetDatabase } from "./support/database";
import { useTestApi, type GraphQLResponse } from "./support/test-api";

/**
 * The authorization matrix: every mutation, every query and every guarded object field (an
 * `@Authorized` one, such as `User.sessions`), tried as each kind of caller with valid arguments,
 * against what the table below says each may do. Refusals must be exactly UNAUTHENTICATED (nobody
 * signed in) or FORBIDDEN (signed in, or a partner key, but not allowed), a revoked key gets 401
 * whatever it asks, and no refusal writes anything. The table must name every such field in the
 * built schema, and nothing else: a new mutation without a row fails the first test below.
 */
const api = useTestApi();

const CALLERS = ["anonymous", "jobSeeker", "employer", "partner", "revokedKey", "admin"] as const;
type CallerName = (typeof CALLERS)[number];
/** What a caller gets; the revoked key always gets 401 before GraphQL runs, so it has no column. */
type Outcome = "ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN";
type Access = Record<Exclude<CallerName, "revokedKey">, Outcome>;

const ALLOWED = "ALLOWED";
const UNAUTHENTICATED = "UNAUTHENTICATED";
const FORBIDDEN = "FORBIDDEN";

/** No credentials needed: every caller may (public reads, sign-up, sign-in, following an emailed link, alerts). */
const PUBLIC: Access = { anonymous: ALLOWED, jobSeeker: ALLOWED, employer: ALLOWED, partner: ALLOWED, admin: ALLOWED };
/** `@Authorized()`: any signed-in person; API keys read public data only. */
const SIGNED_IN: Access = { anonymous: UNAUTHENTICATED, jobSeeker: ALLOWED, employer: ALLOWED, partner: FORBIDDEN, admin: ALLOWED };
/** `@Authorized(Role.ADMIN)`. */
const ADMIN: Access = { anonymous: UNAUTHENTICATED, jobSeeker: FORBIDDEN, employer: FORBIDDEN, partner: FORBIDDEN, admin: ALLOWED };
/** `@Authorized(Role.EMPLOYER)`: employers, for their own company (the posting service checks which). */
const EMPLOYER: Access = { anonymous: UNAUTHENTICATED, jobSeeker: FORBIDDEN, employer: ALLOWED, partner: FORBIDDEN, admin: FORBIDDEN };
/** `@Authorized(SELF)` on someone else's object: refused to everyone, admins included. */
const NOBODY: Access = { anonymous: UNAUTHENTICATED, jobSeeker: FORBIDDEN, employer: FORBIDDEN, partner: FORBIDDEN, admin: FORBIDDEN };
/** `@Authorized(Role.EMPLOYER, Role.ADMIN)`: employers for their own company, and admins for any (an invoice). */
const EMPLOYER_OR_ADMIN: Access = {
  anonymous: UNAUTHENTICATED,
  jobSeeker: FORBIDDEN,
  employer: ALLOWED,
  partner: FORBIDDEN,
  admin: ALLOWED,
};

/** The rows each test starts from (the database is emptied before each test). */
interface Fixture {
  people: Record<"jobSeeker" | "employer" | "admin", User>;
  /** Someone else, whom admins act on. */
  target: User;
  targetSessionId: string;
  partnerKeyId: number;
  planId: number;
  /** The employer's company's postings in each status the moderation rows need, and an unpaid order. */
  postings: { companyId: number; draft: number; ordered: number; unpaidOrder: number; pending: number; rejected: number };
  /** A pending claim on the employer's company by an employer account with none, and the company's pending invitation to the employer's own address. */
  membership: { claim: number; invitation: number; invitationToken: string };
  termId: number;
  termSlug: string;
  /** A draft article and its author. */
  articleId: number;
  authorSlug: string;
  categorySlug: string;
  companySlug: string;
  jobSlug: string;
  locationSlug: string;
  /** `target`'s ACTIVE alert and the signed links its emails carry (they act for whoever holds them). */
  alertLinks: Record<"confirm" | "manage" | "unsubscribe", string>;
  /** Live one-time links for `target`, as its emails would carry them. */
  links: Record<TokenPurpose, string>;
  headers: Record<CallerName, Record<string, string>>;
}

interface Row {
  /** `Type.field`, as in the schema. */
  field: string;
  access: Access;
  /** The arguments (as variables), valid for an allowed caller. */
  variables?: (fx: Fixture, caller: CallerName) => Record<string, unknown>;
  /** For an object field: the operation that reaches it (root fields' operations are made from the schema). */
  document?: string;
  /** Says how the field is reached, when a field has several rows. */
  via?: string;
  /** Where a refusal is reported, when not at the field itself (an object field reached through a guarded parent). */
  refusedAt?: (caller: CallerName) => string;
  /** More to check of an allowed caller's answer. */
  check?: (res: GraphQLResponse, caller: CallerName) => void;
  /** Rows to change before `caller` tries, so that an allowed call can succeed (e.g. an employer without a company yet). */
  setup?: (fx: Fixture, caller: CallerName) => Promise<void>;
}

const NEW_PASSWORD = "velvet-compass-morning-river";
const termInput = { term: "Matrix Term", shortDefinition: "One sentence.", body: "A paragraph." };

/** One row per field; `access` is what each caller may do. */
const MATRIX: Row[] = [
  // Public reads: for everyone, API keys included.
  { field: "Query.companies", access: PUBLIC, variables: () => ({ first: 5 }) },
  { field: "Query.company", access: PUBLIC, variables: (fx) => ({ slug: fx.companySlug }) },
  { field: "Query.glossaryTerms", access: PUBLIC, variables: () => ({ first: 5 }) },
  { field: "Query.glossaryTerm", access: PUBLIC, variables: (fx) => ({ slug: fx.termSlug }) },
  { field: "Query.articles", access: PUBLIC, variables: () => ({ first: 5 }) },
  { field: "Query.article", access: PUBLIC, variables: () => ({ slug: "no-such-article" }) },
  { field: "Query.articleAuthor", access: PUBLIC, variables: () => ({ slug: "no-such-author" }) },
  { field: "Query.articleAuthors", access: PUBLIC },
  { field: "Query.glossaryLetters", access: PUBLIC },
  { field: "Query.jobs", access: PUBLIC, variables: () => ({ first: 5 }) },
  { field: "Query.job", access: PUBLIC, variables: (fx) => ({ slug: fx.jobSlug }) },
  { field: "Query.jobFacets", access: PUBLIC, variables: () => ({}) },
  { field: "Query.jobCategories", access: PUBLIC },
  { field: "Query.jobCategory", access: PUBLIC, variables: (fx) => ({ slug: fx.categorySlug }) },
  { field: "Query.locations", access: PUBLIC },
  { field: "Query.location", access: PUBLIC, variables: (fx) => ({ slug: fx.locationSlug }) },
  { field: "Query.salaryStats", access: PUBLIC },
  { field: "Query.salaryBreakdown", access: PUBLIC, variables: () => ({ by: "CATEGORY" }) },
  { field: "Query.node", access: PUBLIC, variables: (fx) => ({ id: toGlobalId("GlossaryTerm", fx.termId) }) },
  { field: "Query.rateLimit", access: PUBLIC },
  { field: "Query.plans", access: PUBLIC },
  // `viewer` answers everyone: the signed-in person, or null.
  {
    field: "Query.viewer",
    access: PUBLIC,
    check: (res, caller) => expect(res.data!.viewer).toEqual(isPerson(caller) ? { __typename: "User" } : null),
  },

  // Admins' reads.
  { field: "Query.users", access: ADMIN, variables: () => ({ first: 10 }) },
  { field: "Query.auditLog", access: ADMIN, variables: () => ({ first: 10 }) },
  { field: "Query.apiKeys", access: ADMIN },
  { field: "Query.emailDeliveryHealth", access: ADMIN },
  { field: "Query.allPlans", access: ADMIN },
  { field: "Query.allArticles", access: ADMIN, variables: () => ({ first: 5 }) },
  { field: "Query.adminArticle", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Article", fx.articleId) }) },
  { field: "Query.articlePreview", access: ADMIN, variables: () => ({ input: { body: "**Hello**" } }) },
  { field: "Query.reviewQueue", access: ADMIN },
  { field: "Query.unpaidOrders", access: ADMIN },
  // Employers' reads: their own company's.
  { field: "Query.myCompany", access: EMPLOYER },
  { field: "Query.myPostings", access: EMPLOYER },
  { field: "Query.myPosting", access: EMPLOYER, variables: (fx) => ({ id: toGlobalId("Job", fx.postings.draft) }) },
  { field: "Query.descriptionPreview", access: EMPLOYER, variables: () => ({ input: { markdown: "**Hello**" } }) },
  { field: "Query.myOrders", access: EMPLOYER, check: (res) => expect(res.data!.myOrders).toHaveLength(3) },
  { field: "Query.myBillingDetails", access: EMPLOYER },
  {
    field: "Query.invoice",
    access: EMPLOYER_OR_ADMIN,
    variables: () => ({ number: "HAI-2026-999999" }),
    // The unpaid order's invoice, by a number the row knows.
    setup: async (fx) =>
      void (await api.ds.query(`UPDATE orders SET invoice_number = 'HAI-2026-999999' WHERE id = $1`, [fx.postings.unpaidOrder])),
    check: (res) => expect(res.data!.invoice).toEqual({ __typename: "Invoice" }),
  },
  { field: "Query.myCompanyClaim", access: EMPLOYER },
  { field: "Query.myCompanyTeam", access: EMPLOYER },
  { field: "Query.companyClaims", access: ADMIN },
  // An invitation's link: its holder may see what it is for.
  { field: "Query.companyInvitation", access: PUBLIC, variables: (fx) => ({ token: fx.membership.invitationToken }) },

  // Accounts: public mutations (the token ones with live links, so an allowed call really does its work).
  {
    field: "Mutation.signUp",
    access: PUBLIC,
    variables: (_fx, caller) => ({ input: { email: `new-${caller}@example.com`, password: GOOD_PASSWORD } }),
  },
  {
    field: "Mutation.signIn",
    access: PUBLIC,
    variables: (fx) => ({ input: { email: fx.target.email, password: GOOD_PASSWORD, bearer: true } }),
  },
  { field: "Mutation.verifyEmail", access: PUBLIC, variables: (fx) => ({ input: { token: fx.links.VERIFY_EMAIL, bearer: true } }) },
  { field: "Mutation.requestPasswordReset", access: PUBLIC, variables: (fx) => ({ input: { email: fx.target.email } }) },
  {
    field: "Mutation.sendContactMessage",
    access: PUBLIC,
    variables: () => ({ input: { name: "Ada", email: "ada@example.com", topic: "GENERAL", message: "Hello, a question about the site." } }),
  },
  {
    field: "Mutation.resetPassword",
    access: PUBLIC,
    variables: (fx) => ({ input: { token: fx.links.RESET_PASSWORD, password: NEW_PASSWORD, bearer: true } }),
  },
  { field: "Mutation.confirmEmailChange", access: PUBLIC, variables: (fx) => ({ input: { token: fx.links.CHANGE_EMAIL } }) },
  {
    field: "Mutation.createAlert",
    access: PUBLIC,
    variables: (_fx, caller) => ({ input: { email: `alert-${caller}@example.com`, criteria: { query: "engineer" } } }),
  },

  // Alerts: the holder of a link from the alert's emails acts on that alert, signed in or not (by id
  // it takes the signed-in owner: alert-delivery.int.test.ts tries someone else's).
  { field: "Query.alertByToken", access: PUBLIC, variables: (fx) => ({ token: fx.alertLinks.manage }) },
  { field: "Mutation.confirmAlert", access: PUBLIC, variables: (fx) => ({ input: { token: fx.alertLinks.confirm } }) },
  {
    field: "Mutation.updateAlert",
    access: PUBLIC,
    variables: (fx) => ({ input: { token: fx.alertLinks.manage, frequency: "WEEKLY" } }),
  },
  { field: "Mutation.pauseAlert", access: PUBLIC, variables: (fx) => ({ input: { token: fx.alertLinks.manage } }) },
  { field: "Mutation.resumeAlert", access: PUBLIC, variables: (fx) => ({ input: { token: fx.alertLinks.manage } }) },
  { field: "Mutation.deleteAlert", access: PUBLIC, variables: (fx) => ({ input: { token: fx.alertLinks.manage } }) },
  { field: "Mutation.unsubscribeAlert", access: PUBLIC, variables: (fx) => ({ input: { token: fx.alertLinks.unsubscribe } }) },

  // Accounts: the signed-in person's own.
  { field: "Mutation.signOut", access: SIGNED_IN },
  { field: "Mutation.signOutEverywhere", access: SIGNED_IN },
  { field: "Mutation.revokeSession", access: SIGNED_IN, variables: (fx) => ({ id: fx.targetSessionId }) },
  {
    field: "Mutation.changePassword",
    access: SIGNED_IN,
    variables: () => ({ input: { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD } }),
  },
  {
    field: "Mutation.changeEmail",
    access: SIGNED_IN,
    variables: (_fx, caller) => ({ input: { newEmail: `moved-${caller}@example.com`, password: GOOD_PASSWORD } }),
  },

  // Admins: accounts, the glossary, partners' keys.
  { field: "Mutation.setUserRole", access: ADMIN, variables: (fx) => ({ id: toGlobalId("User", fx.target.id), role: "EMPLOYER" }) },
  { field: "Mutation.disableUser", access: ADMIN, variables: (fx) => ({ id: toGlobalId("User", fx.target.id) }) },
  { field: "Mutation.enableUser", access: ADMIN, variables: (fx) => ({ id: toGlobalId("User", fx.target.id) }) },
  { field: "Mutation.createGlossaryTerm", access: ADMIN, variables: () => ({ input: termInput }) },
  {
    field: "Mutation.updateGlossaryTerm",
    access: ADMIN,
    variables: (fx) => ({ id: toGlobalId("GlossaryTerm", fx.termId), input: { shortDefinition: "Another sentence." } }),
  },
  { field: "Mutation.deleteGlossaryTerm", access: ADMIN, variables: (fx) => ({ id: toGlobalId("GlossaryTerm", fx.termId) }) },
  {
    field: "Mutation.createArticle",
    access: ADMIN,
    variables: (fx) => ({
      input: { section: "BLOG", title: "Matrix article", summary: "A summary.", body: "A paragraph.", author: fx.authorSlug },
    }),
  },
  {
    field: "Mutation.updateArticle",
    access: ADMIN,
    variables: (fx) => ({ id: toGlobalId("Article", fx.articleId), input: { title: "Matrix article, retitled" } }),
  },
  {
    field: "Mutation.createArticleAuthor",
    access: ADMIN,
    variables: () => ({ input: { name: "Matrix Writer", bio: "Writes for the matrix." } }),
  },
  { field: "Mutation.updateArticleAuthor", access: ADMIN, variables: (fx) => ({ slug: fx.authorSlug, input: { bio: "Still writes." } }) },
  { field: "Mutation.publishArticle", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Article", fx.articleId) }) },
  { field: "Mutation.unpublishArticle", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Article", fx.articleId) }) },
  { field: "Mutation.deleteArticle", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Article", fx.articleId) }) },
  {
    field: "Mutation.createApiKey",
    access: ADMIN,
    variables: () => ({ input: { name: "Matrix partner", ownerEmail: "partner@example.com", hourlyBudget: 1000 } }),
  },
  { field: "Mutation.revokeApiKey", access: ADMIN, variables: (fx) => ({ id: toGlobalId("ApiKey", fx.partnerKeyId) }) },
  {
    field: "Mutation.createPlan",
    access: ADMIN,
    variables: (_fx, caller) => ({ input: { name: `Matrix plan ${caller}`, priceAmount: 100, priceCurrency: "USD", durationDays: 10 } }),
  },
  { field: "Mutation.updatePlan", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Plan", fx.planId), input: { priceAmount: 200 } }) },

  // Employers: their company and its postings; admins: payments and review.
  {
    field: "Mutation.createCompany",
    access: EMPLOYER,
    variables: () => ({ input: { name: "Matrix Startup" } }),
    // The fixture's employer already belongs to a company: a new employer account makes one.
    setup: async (fx) => void (await api.ds.query(`UPDATE users SET company_id = NULL WHERE id = $1`, [fx.people.employer.id])),
  },
  { field: "Mutation.updateCompany", access: EMPLOYER, variables: () => ({ input: { name: "Matrix Co, renamed" } }) },
  {
    field: "Mutation.savePosting",
    access: EMPLOYER,
    variables: (fx) => ({
      input: {
        title: "Matrix Engineer",
        category: fx.categorySlug,
        seniority: "MID",
        employmentType: "FULL_TIME",
        remote: "REMOTE",
        locations: [fx.locationSlug],
      },
    }),
  },
  { field: "Mutation.submitPosting", access: EMPLOYER, variables: (fx) => ({ id: toGlobalId("Job", fx.postings.draft), plan: "basic" }) },
  { field: "Mutation.resubmitPosting", access: EMPLOYER, variables: (fx) => ({ id: toGlobalId("Job", fx.postings.rejected) }) },
  { field: "Mutation.closePosting", access: EMPLOYER, variables: (fx) => ({ id: toGlobalId("Job", fx.postings.draft) }) },
  { field: "Mutation.duplicatePosting", access: EMPLOYER, variables: (fx) => ({ id: toGlobalId("Job", fx.postings.pending) }) },
  { field: "Mutation.markOrderPaid", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Order", fx.postings.unpaidOrder) }) },
  { field: "Mutation.verifyCompany", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Company", fx.postings.companyId) }) },
  { field: "Mutation.approvePosting", access: ADMIN, variables: (fx) => ({ id: toGlobalId("Job", fx.postings.pending) }) },
  {
    field: "Mutation.rejectPosting",
    access: ADMIN,
    variables: (fx) => ({ id: toGlobalId("Job", fx.postings.pending), reason: "Needs a city." }),
  },

  // Joining a company: employers' claims (admins decide them) and invitations.
  {
    field: "Mutation.requestCompanyClaim",
    access: EMPLOYER,
    variables: (fx) => ({ input: { companyId: toGlobalId("Company", fx.postings.companyId), message: "Matrix recruiter." } }),
    // Only an account with no company asks to join one.
    setup: async (fx) => void (await api.ds.query(`UPDATE users SET company_id = NULL WHERE id = $1`, [fx.people.employer.id])),
  },
  {
    field: "Mutation.withdrawCompanyClaim",
    access: EMPLOYER,
    variables: (fx) => ({ id: toGlobalId("CompanyClaim", fx.membership.claim) }),
    // The employer's own claim.
    setup: async (fx) =>
      void (await api.ds.query(`UPDATE company_claims SET user_id = $1 WHERE id = $2`, [fx.people.employer.id, fx.membership.claim])),
  },
  { field: "Mutation.approveCompanyClaim", access: ADMIN, variables: (fx) => ({ id: toGlobalId("CompanyClaim", fx.membership.claim) }) },
  {
    field: "Mutation.rejectCompanyClaim",
    access: ADMIN,
    variables: (fx) => ({ id: toGlobalId("CompanyClaim", fx.membership.claim), reason: "Not at this company." }),
  },
  { field: "Mutation.inviteColleague", access: EMPLOYER, variables: (_fx, caller) => ({ email: `colleague-${caller}@example.com` }) },
  {
    field: "Mutation.revokeCompanyInvitation",
    access: EMPLOYER,
    variables: (fx) => ({ id: toGlobalId("CompanyInvitation", fx.membership.invitation) }),
  },
  {
    field: "Mutation.acceptCompanyInvitation",
    access: EMPLOYER,
    variables: (fx) => ({ token: fx.membership.invitationToken }),
    // The invitation is to the employer's address; they accept it from an account with no company yet.
    setup: async (fx) => void (await api.ds.query(`UPDATE users SET company_id = NULL WHERE id = $1`, [fx.people.employer.id])),
  },

  // Guarded object fields: `@Authorized(SELF)` on User.
  {
    field: "User.sessions",
    via: "the caller's own, through viewer",
    access: PUBLIC,
    document: `{ viewer { sessions { id } } }`,
    check: (res, caller) => {
      if (isPerson(caller)) expect(res.data!.viewer.sessions.length).toBeGreaterThan(0);
      else expect(res.data!.viewer).toBeNull();
    },
  },
  {
    field: "User.sessions",
    via: "someone else's, through users",
    access: NOBODY,
    document: `query ($query: String) { users(query: $query) { edges { node { sessions { id } } } } }`,
    variables: (fx) => ({ query: fx.target.email }),
    refusedAt: (caller) => (caller === "admin" ? "sessions" : "users"),
  },
  {
    field: "User.alerts",
    via: "the caller's own, through viewer",
    access: PUBLIC,
    document: `{ viewer { alerts { id } } }`,
    check: (res, caller) => expect(res.data!.viewer).toEqual(isPerson(caller) ? { alerts: [] } : null),
  },
  {
    field: "User.alerts",
    via: "someone else's, through users",
    access: NOBODY,
    document: `query ($query: String) { users(query: $query) { edges { node { alerts { id } } } } }`,
    variables: (fx) => ({ query: fx.target.email }),
    refusedAt: (caller) => (caller === "admin" ? "alerts" : "users"),
  },
];

const isPerson = (caller: CallerName) => caller === "jobSeeker" || caller === "employer" || caller === "admin";

/** `Type.field` for every field the schema guards with `@Authorized`, from type-graphql's metadata. */
function guardedFields(schema: GraphQLSchema): Set<string> {
  const storage = getMetadataStorage();
  /** A decorated class, as type-graphql's metadata refers to it. */
  type Target = object;
  const typeName = (target: Target | undefined) =>
    [...storage.objectTypes, ...storage.interfaceTypes].find((t) => t.target === target)?.name ?? "(unknown type)";
  const guarded = new Set<string>();
  const add = (target: Target, methodName: string) => {
    const root = [...storage.queries.map((q) => ({ q, type: "Query" })), ...storage.mutations.map((q) => ({ q, type: "Mutation" }))].find(
      ({ q }) => q.target === target && q.methodName === methodName,
    );
    if (root) return guarded.add(`${root.type}.${root.q.schemaName}`);
    const resolver = storage.fieldResolvers.find((r) => r.target === target && r.methodName === methodName);
    if (resolver) {
      const objectType = resolver.getObjectType?.() ?? resolver.resolverClassMetadata?.getObjectType();
      return guarded.add(`${typeName(objectType)}.${resolver.schemaName}`);
    }
    const field = storage.fields.find((f) => f.target === target && f.name === methodName);
    if (field) return guarded.add(`${typeName(target)}.${field.schemaName}`);
    throw new Error(
      `@Authorized on ${(target as { name?: string }).name}.${methodName}, which is no query, mutation or field the matrix knows how to find`,
    );
  };
  for (const { target, fieldName } of storage.authorizedFields) add(target, fieldName);
  // `@Authorized` on a whole resolver class guards each of its operations and field resolvers.
  for (const { target } of storage.authorizedResolver) {
    for (const r of [...storage.queries, ...storage.mutations, ...storage.fieldResolvers])
      if (r.target === target) add(target, r.methodName);
  }
  // Only what this schema serves (metadata also holds classes no resolver list registers).
  return new Set([...guarded].filter((name) => fieldOf(schema, name) != null));
}

function fieldOf(schema: GraphQLSchema, name: string): GraphQLField<unknown, unknown> | undefined {
  const [type, field] = name.split(".");
  return (schema.getType(type) as GraphQLObjectType | undefined)?.getFields?.()[field];
}

/** The operation for a root field: the row's variables as arguments, `__typename` of what it returns. */
function rootDocument(schema: GraphQLSchema, row: Row, variables: Record<string, unknown>): string {
  const [typeName, name] = row.field.split(".");
  const field = fieldOf(schema, row.field);
  if (!field) throw new Error(`${row.field} has a row in the matrix but is not in the schema`);
  const missing = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && !(a.name in variables));
  if (missing.length) throw new Error(`${row.field}: the row's variables lack ${missing.map((a) => a.name).join(", ")}`);
  const args = field.args.filter((a) => a.name in variables);
  const definitions = args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ")})` : "";
  const passed = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${typeName === "Mutation" ? "mutation" : "query"} Matrix${definitions} { ${name}${passed}${selection} }`;
}

/** Tables whose rows a request may write whether or not it is allowed, and why. */
const UNCOUNTED_TABLES: Record<string, string> = {
  // Every operation spends its caller's hourly budget before it runs (app/budget-plugin.ts), refused or
  // not: a refusal costs points too, so probing what one may do is not free.
  [RATE_LIMIT_TABLE]: "the rate-limit budget every request spends before it runs",
};
/** Columns that authentication itself stamps, for any request with the credential, before anything is authorized. */
const UNCOUNTED_COLUMNS: Record<string, string[]> = {
  // The idle expiry's clock (refreshed at most once a minute: the fixtures' sessions are fresh, but a slow run may cross it).
  sessions: ["last_used_at"],
  // A key's "last used", shown to admins (written on a key's first request, then at most once a minute).
  api_keys: ["last_used_at"],
};

/** Every table but the uncounted ones: its row count and a digest of all its rows (less the uncounted columns). */
async function snapshot(): Promise<Record<string, { rows: number; digest: string }>> {
  const tables: { tablename: string }[] = await api.ds.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const parts = tables
    .map((t) => t.tablename)
    .filter((t) => !(t in UNCOUNTED_TABLES))
    .map((t) => {
      const drop = (UNCOUNTED_COLUMNS[t] ?? []).map((c) => `'${c}'`).join(", ");
      const row = drop ? `(to_jsonb(x) - ARRAY[${drop}]::text[])::text` : `to_jsonb(x)::text`;
      return `SELECT '${t}' AS t, count(*)::int AS rows, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS digest
        FROM (SELECT ${row} AS r FROM "${t}" x) s`;
    });
  const rows: { t: string; rows: number; digest: string }[] = await api.ds.query(parts.join("\nUNION ALL\n"));
  return Object.fromEntries(rows.map((r) => [r.t, { rows: r.rows, digest: r.digest }]));
}

async function link(user: User, purpose: TokenPurpose, email = user.email): Promise<string> {
  const { token, hash } = newToken();
  await api.ds.manager.insert(UserToken, { userId: user.id, purpose, tokenHash: hash, email, expiresAt: new Date(Date.now() + 3_600_000) });
  return token;
}

async function makeFixture(): Promise<Fixture> {
  const [category, location, company, related, partner, revoked] = await Promise.all([
    api.make.category(),
    api.make.location(),
    api.make.company(),
    api.make.glossaryTerm(),
    makeApiKey(api.ds, { name: "Partner" }),
    makeApiKey(api.ds, { name: "Revoked", revoked: true }),
  ]);
  const [jobSeeker, employer, admin, target] = await Promise.all([
    makeUser(api.ds, { role: Role.JOB_SEEKER, email: "seeker@example.com" }),
    makeUser(api.ds, { role: Role.EMPLOYER, email: "employer@example.com", companyId: company.id }),
    makeUser(api.ds, { role: Role.ADMIN, email: "admin@example.com" }),
    makeUser(api.ds, { email: "target@example.com" }),
  ]);
  const [job, term, targetToken, seekerToken, employerToken, adminToken, verify, reset, change] = await Promise.all([
    api.make.job({ companyId: company.id, categoryId: category.id, locations: [location] }),
    api.make.glossaryTerm({ relatedCategoryId: category.id, related: [related], faqs: [{ question: "Q?", answer: "A." }] }),
    sessionFor(api.ds, target),
    sessionFor(api.ds, jobSeeker),
    sessionFor(api.ds, employer),
    sessionFor(api.ds, admin),
    link(target, TokenPurpose.VERIFY_EMAIL),
    link(target, TokenPurpose.RESET_PASSWORD),
    link(target, TokenPurpose.CHANGE_EMAIL, "target-moved@example.com"),
  ]);
  const [{ id: alertId }] = await api.ds.query(
    `INSERT INTO alerts (email, criteria, criteria_hash, frequency, status, confirmation_sent_at, confirmed_at, watermark, next_run_at)
     VALUES ($1, '{"query":"llm","categories":[],"seniorities":[],"employmentTypes":[],"remote":[],"locations":[],"companies":[],"tags":[]}',
       'matrix', 'DAILY', 'ACTIVE', now(), now(), pg_current_snapshot(), now() + interval '1 day') RETURNING id`,
    [target.email],
  );
  await insertStartingPlans(api.ds);
  const [{ id: authorId }] = await api.ds.query(
    `INSERT INTO article_authors (slug, name, bio) VALUES ('matrix-author', 'Matrix Author', 'Writes.') RETURNING id`,
  );
  const [{ id: articleId }] = await api.ds.query(
    `INSERT INTO articles (slug, section, title, summary, body, author_id) VALUES ('matrix-draft', 'BLOG', 'A draft', 'A summary.', 'Text.', $1) RETURNING id`,
    [authorId],
  );
  const [{ id: planId }] = await api.ds.query(`SELECT id FROM plans WHERE slug = 'basic'`);
  const posting = (status: JobStatus) =>
    api.make.job({
      companyId: company.id,
      categoryId: category.id,
      status,
      description: "A posting long enough to be submitted, for the matrix's rows.",
    });
  const [draft, ordered, pending, rejected] = await Promise.all([
    posting(JobStatus.DRAFT),
    posting(JobStatus.DRAFT),
    posting(JobStatus.PENDING_REVIEW),
    posting(JobStatus.REJECTED),
  ]);
  const order = (jobId: number, status: string) =>
    api.ds.query(
      `INSERT INTO orders (company_id, job_id, plan_id, plan_name, amount, currency, duration_days, featured_days, status, paid_at)
       VALUES ($1, $2, $3, 'Basic', 19900, 'USD', 30, 0, $4::order_status, CASE WHEN $4::order_status = 'PAID' THEN now() END) RETURNING id`,
      [company.id, jobId, planId, status],
    );
  const [[{ id: unpaidOrder }]] = await Promise.all([order(ordered.id, "UNPAID"), order(pending.id, "PAID"), order(rejected.id, "PAID")]);
  const claimant = await makeUser(api.ds, { role: Role.EMPLOYER, email: "claimant@example.com" });
  const [{ id: claim }] = await api.ds.query(
    `INSERT INTO company_claims (company_id, user_id, message) VALUES ($1, $2, 'Recruiter.') RETURNING id`,
    [company.id, claimant.id],
  );
  const invitationToken = newToken();
  const [{ id: invitation }] = await api.ds.query(
    `INSERT INTO company_invitations (company_id, email, token_hash, invited_by, expires_at) VALUES ($1, $2, $3, $4, now() + interval '7 days') RETURNING id`,
    [company.id, employer.email, invitationToken.hash, employer.id],
  );
  const signer = new LinkSigner(api.ds);
  const sign = (action: string, expiresAt: Date | null = null) =>
    signer.sign({ subject: "alert", id: alertId as number, action, expiresAt });
  const alertLinks = {
    confirm: await sign("confirm", new Date(Date.now() + 3_600_000)),
    manage: await sign("manage"),
    unsubscribe: await sign("unsubscribe"),
  };
  return {
    alertLinks,
    planId: planId as number,
    postings: {
      companyId: company.id,
      draft: draft.id,
      ordered: ordered.id,
      unpaidOrder: unpaidOrder as number,
      pending: pending.id,
      rejected: rejected.id,
    },
    membership: { claim: claim as number, invitation: invitation as number, invitationToken: invitationToken.token },
    people: { jobSeeker, employer, admin },
    target,
    targetSessionId: hashToken(targetToken),
    partnerKeyId: partner.key.id,
    termId: term.id,
    termSlug: term.slug,
    articleId: articleId as number,
    authorSlug: "matrix-author",
    categorySlug: category.slug,
    companySlug: company.slug,
    jobSlug: job.slug,
    locationSlug: location.slug,
    links: { VERIFY_EMAIL: verify, RESET_PASSWORD: reset, CHANGE_EMAIL: change },
    headers: {
      anonymous: {},
      jobSeeker: bearer(seekerToken),
      employer: bearer(employerToken),
      admin: bearer(adminToken),
      partner: { "x-api-key": partner.secret },
      revokedKey: { "x-api-key": revoked.secret },
    },
  };
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
});

describe("the matrix covers the schema", () => {
  test("every mutation, every query and every @Authorized field has a row; every row is a field of the schema", () => {
    const rows = new Set(MATRIX.map((r) => r.field));
    const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((name) => `${type.name}.${name}`),
    );
    const guarded = guardedFields(schema);
    const required = new Set([...roots, ...guarded]);
    const missing = [...required].filter((name) => !rows.has(name)).sort();
    const stale = [...rows].filter((name) => fieldOf(schema, name) == null).sort();
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  test("no row calls a guarded field public, nor an unguarded one anything else", () => {
    const guarded = guardedFields(schema);
    const mismatched = MATRIX.filter((r) => !r.document)
      .filter((r) => guarded.has(r.field) === (r.access === PUBLIC))
      .map(
        (r) =>
          `${r.field}: ${guarded.has(r.field) ? "guarded, but its row says PUBLIC" : "its row refuses someone, but it is not @Authorized"}`,
      );
    expect(mismatched).toEqual([]);
    // Guarded object fields need a row that reaches them as someone they must refuse.
    const refusedSomewhere = new Set(MATRIX.filter((r) => Object.values(r.access).some((o) => o !== ALLOWED)).map((r) => r.field));
    expect([...guarded].filter((name) => !refusedSomewhere.has(name))).toEqual([]);
  });
});

/** What `caller` got, as a line for the report; null when it is what the row expects. */
async function tryAs(row: Row, caller: CallerName, fx: Fixture): Promise<string | null> {
  const expected = caller === "revokedKey" ? "401" : row.access[caller];
  const variables = row.variables?.(fx, caller) ?? {};
  const document = row.document ?? rootDocument(schema, row, variables);
  await row.setup?.(fx, caller);
  const before = expected === ALLOWED ? null : await snapshot();
  const res = await api.gql(document, variables, fx.headers[caller]);
  const codes = (res.errors ?? []).map((e) => e.extensions?.code as string);
  const got = `HTTP ${res.status}, ${res.errors ? `errors ${JSON.stringify(res.errors.map((e) => ({ code: e.extensions?.code, path: e.path, message: e.message })))}` : "no errors"}`;
  const wrong = (why: string) => `as ${caller}, expected ${expected}: ${why} (${got})`;

  if (expected === ALLOWED) {
    if (res.status !== 200 || res.errors) return wrong("refused or failed");
    try {
      row.check?.(res, caller);
    } catch (error) {
      return wrong(`its answer is off: ${(error as Error).message}`);
    }
    return null;
  }
  if (expected === "401") {
    if (res.status !== 401 || codes.join() !== UNAUTHENTICATED || res.data !== undefined) return wrong("not a 401 UNAUTHENTICATED");
  } else {
    if (codes.join() !== expected) return wrong(`not exactly ${expected}`);
    // Refused at the field itself (or, for an object field, where the row says), not somewhere else on the way.
    const at = row.refusedAt?.(caller) ?? row.field.split(".")[1];
    if (res.errors![0].path?.at(-1) !== at) return wrong(`refused at ${res.errors![0].path?.join(".")}, not at ${at}`);
  }
  const after = await snapshot();
  const changed = Object.keys({ ...before, ...after }).filter((t) => JSON.stringify(before![t]) !== JSON.stringify(after[t]));
  return changed.length ? wrong(`the refusal wrote to ${changed.join(", ")}`) : null;
}

/** Refusals first: they must write nothing, so they can share the rows; each allowed mutation then gets fresh ones. */
const order = (row: Row) =>
  [...CALLERS].sort(
    (a, b) => Number(a !== "revokedKey" && row.access[a] === ALLOWED) - Number(b !== "revokedKey" && row.access[b] === ALLOWED),
  );

describe.each(MATRIX.map((row) => [row.via ? `${row.field} (${row.via})` : row.field, row] as const))("%s", (_name, row) => {
  const summary = CALLERS.map((c) => `${c} ${c === "revokedKey" ? "401" : row.access[c]}`).join(", ");
  test(summary, async () => {
    const writes = row.document ? /^\s*mutation\b/.test(row.document) : row.field.startsWith("Mutation.");
    const problems: string[] = [];
    let fx: Fixture | null = null;
    let dirty = false;
    for (const caller of order(row)) {
      if (dirty) await resetDatabase(api.ds);
      if (!fx || dirty) fx = await makeFixture();
      const problem = await tryAs(row, caller, fx);
      if (problem) problems.push(problem);
      // An allowed mutation may have changed the rows (spent a link, ended a session): the next caller starts afresh.
      dirty = writes && caller !== "revokedKey" && row.access[caller] === ALLOWED;
    }
    expect(problems).toEqual([]);
  });
});
