import { bearer, makeUser, sessionFor } from "../../../test/support/accounts";
import { TEST_WEB_URL, testConfig, useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { createServices } from "../../app/services";
import { insertStartingPlans } from "../../db/migrations/1765100000000-plans";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Role } from "../accounts";

const api = useTestApi();

const POSTING = `id slug title status rejectionReason company { slug name verified } postedAt validThrough
  history { from to by reason } orders { id invoiceNumber status planName price { amount currency } }`;
const SAVE = `mutation ($id: ID, $input: PostingInput!) { savePosting(id: $id, input: $input) { posting { ${POSTING} } } }`;
const SUBMIT = `mutation ($id: ID!, $plan: String!) { submitPosting(id: $id, plan: $plan) { posting { ${POSTING} } order { id invoiceNumber status } } }`;
const PAID = `mutation ($id: ID!) { markOrderPaid(id: $id) { posting { ${POSTING} } } }`;
const APPROVE = `mutation ($id: ID!) { approvePosting(id: $id) { posting { ${POSTING} } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectPosting(id: $id, reason: $reason) { posting { ${POSTING} } } }`;
const RESUBMIT = `mutation ($id: ID!) { resubmitPosting(id: $id) { posting { ${POSTING} } } }`;
const CLOSE = `mutation ($id: ID!) { closePosting(id: $id) { posting { ${POSTING} } } }`;
const CREATE_COMPANY = `mutation ($input: CompanyProfileInput!) { createCompany(input: $input) { company { slug name website verified } } }`;

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

async function person(role: Role, email: string): Promise<Gql> {
  const user = await makeUser(api.ds, { role, email });
  const headers = bearer(await sessionFor(api.ds, user));
  return (query, variables) => api.gql(query, variables, headers);
}

/** An employer with a company of their own. */
async function employer(email: string, company = "Acme AI"): Promise<Gql> {
  const gql = await person(Role.EMPLOYER, email);
  const res = await gql(CREATE_COMPANY, { input: { name: company, website: "https://acme.example", headquarters: "Berlin, Germany" } });
  expect(res.errors).toBeUndefined();
  return gql;
}

function ok<T = any>(res: GraphQLResponse, field: string): T {
  expect(res.errors).toBeUndefined();
  return res.data![field] as T;
}

function fieldsOf(res: GraphQLResponse): string[] {
  expect([200, 400]).toContain(res.status);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  return (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
}

let input: Record<string, unknown>;
beforeEach(async () => {
  await insertStartingPlans(api.ds);
  const category = await api.make.category({ slug: "machine-learning", name: "Machine Learning" });
  await api.make.location({ slug: "berlin", city: "Berlin" });
  input = {
    title: "Senior LLM Engineer",
    category: category.slug,
    seniority: "SENIOR",
    employmentType: "FULL_TIME",
    remote: "HYBRID",
    locations: ["berlin"],
    salary: { min: 90000, max: 120000, currency: "EUR", period: "YEAR" },
    tags: ["LLM", "pytorch", "llm"],
    applyUrl: "https://acme.example/careers/llm",
    description: "Build and ship retrieval-augmented LLM features for our customers, end to end, with a small team.",
  };
});

/** Whether the public site (search and the job page) shows the posting. */
async function isPublic(slug: string): Promise<boolean> {
  const page = await api.gql(`query ($slug: String!) { job(slug: $slug) { id } }`, { slug });
  const search = await api.gql(`{ jobs(first: 50, filter: { query: "LLM" }) { edges { node { slug } } } }`);
  const inSearch = (search.data!.jobs.edges as { node: { slug: string } }[]).some((e) => e.node.slug === slug);
  expect(page.data!.job != null).toBe(inSearch);
  return inSearch;
}

describe("a posting's life", () => {
  test("draft → submitted on a plan → unpaid never public → paid → review → rejected → edited, resubmitted → approved → closed", async () => {
    const acme = await employer("hr@acme.example");
    const admin = await person(Role.ADMIN, "admin@hiredin.test");

    const draft = ok(await acme(SAVE, { input }), "savePosting").posting;
    expect(draft).toMatchObject({ status: "DRAFT", title: "Senior LLM Engineer", company: { slug: "acme-ai", verified: false } });
    expect(await isPublic(draft.slug)).toBe(false);

    const submitted = ok(await acme(SUBMIT, { id: draft.id, plan: "featured" }), "submitPosting");
    expect(submitted.order).toMatchObject({ status: "UNPAID", invoiceNumber: expect.stringMatching(/^HAI-\d{4}-\d{6}$/) });
    expect(submitted.posting.status).toBe("DRAFT");
    expect(submitted.posting.orders[0]).toMatchObject({ planName: "Featured", price: { amount: 34900, currency: "USD" } });
    expect(await isPublic(draft.slug)).toBe(false); // unpaid: never public
    expect(fieldsOf(await acme(SUBMIT, { id: draft.id, plan: "basic" }))).toEqual(["id"]); // one invoice at a time
    expect(ok(await admin(`{ unpaidOrders { invoiceNumber } }`), "unpaidOrders")).toEqual([
      { invoiceNumber: submitted.order.invoiceNumber },
    ]);

    const paid = ok(await admin(PAID, { id: submitted.order.id }), "markOrderPaid").posting;
    expect(paid.status).toBe("PENDING_REVIEW");
    expect(await isPublic(draft.slug)).toBe(false);
    expect(ok<{ id: string }[]>(await admin(`{ reviewQueue { id } }`), "reviewQueue").map((p) => p.id)).toEqual([draft.id]);

    const rejected = ok(
      await admin(REJECT, { id: draft.id, reason: "  Say which city the hybrid role is in.  " }),
      "rejectPosting",
    ).posting;
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "Say which city the hybrid role is in." });
    const edited = ok(
      await acme(SAVE, { id: draft.id, input: { ...input, title: "Senior LLM Engineer (Berlin, hybrid)" } }),
      "savePosting",
    ).posting;
    expect(edited).toMatchObject({ status: "REJECTED", title: "Senior LLM Engineer (Berlin, hybrid)" });
    expect(ok(await acme(RESUBMIT, { id: draft.id }), "resubmitPosting").posting.status).toBe("PENDING_REVIEW");

    const live = ok(await admin(APPROVE, { id: draft.id }), "approvePosting").posting;
    expect(live.status).toBe("PUBLISHED");
    expect(new Date(live.validThrough).getTime() - new Date(live.postedAt).getTime()).toBeCloseTo(30 * 86_400_000, -5); // the plan's 30 days
    expect(await isPublic(draft.slug)).toBe(true);
    const [{ featured_until: featuredUntil, tags }] = await api.ds.query(`SELECT featured_until, tags FROM jobs WHERE slug = $1`, [
      draft.slug,
    ]);
    expect(new Date(featuredUntil).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000); // Featured: 14 days
    expect(tags).toEqual(["llm", "pytorch"]);

    const closed = ok(await acme(CLOSE, { id: draft.id }), "closePosting").posting;
    expect(closed.status).toBe("CLOSED");
    expect(await isPublic(draft.slug)).toBe(false);
    expect(closed.history.map((h: { from: string | null; to: string; by: string | null }) => [h.from, h.to, h.by])).toEqual([
      [null, "DRAFT", "hr@acme.example"],
      ["DRAFT", "PENDING_REVIEW", "HiredinAI"],
      ["PENDING_REVIEW", "REJECTED", "HiredinAI"],
      ["REJECTED", "PENDING_REVIEW", "hr@acme.example"],
      ["PENDING_REVIEW", "PUBLISHED", "HiredinAI"],
      ["PUBLISHED", "CLOSED", "hr@acme.example"],
    ]);
    const audit = ok<{ action: string }[]>(await admin(`{ auditLog(first: 10) { action } }`), "auditLog").map((e) => e.action);
    expect(audit).toEqual(["posting.approve", "posting.reject", "order.markPaid"]);

    // The employer heard of each step by email, through the outbox.
    const mail = await api.ds.query(`SELECT kind, subject, text_body FROM email_outbox WHERE to_address = 'hr@acme.example' ORDER BY id`);
    expect(mail.map((m: { kind: string }) => m.kind)).toEqual(["INVOICE_ISSUED", "POSTING_REJECTED", "POSTING_APPROVED"]);
    expect(mail[0].subject).toBe(`Invoice ${submitted.order.invoiceNumber}: Senior LLM Engineer`);
    expect(mail[0].text_body).toContain("for $349 is ready");
    expect(mail[1].text_body).toContain("Say which city the hybrid role is in.");
    expect(mail[1].text_body).toContain(`${TEST_WEB_URL}/employer`);
    expect(mail[2].text_body).toContain(`${TEST_WEB_URL}/jobs/${draft.slug}`);
  });

  test("a verified company's paid posting is published at once, skipping review", async () => {
    const acme = await employer("hr@acme.example");
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    const [{ id: companyId }] = await api.ds.query(`SELECT id FROM companies WHERE slug = 'acme-ai'`);
    const verified = await admin(`mutation ($id: ID!) { verifyCompany(id: $id) { company { slug verified } } }`, {
      id: toGlobalId("Company", companyId),
    });
    expect(ok(verified, "verifyCompany").company).toEqual({ slug: "acme-ai", verified: true });
    expect(ok(await admin(`{ auditLog(first: 1) { action after } }`), "auditLog")).toEqual([
      { action: "company.verify", after: { verified: true } },
    ]);
    const draft = ok(await acme(SAVE, { input }), "savePosting").posting;
    const { order } = ok(await acme(SUBMIT, { id: draft.id, plan: "basic" }), "submitPosting");
    const posting = ok(await admin(PAID, { id: order.id }), "markOrderPaid").posting;
    expect(posting.status).toBe("PUBLISHED");
    expect(posting.history.map((h: { to: string }) => h.to)).toEqual(["DRAFT", "PUBLISHED"]);
    expect(await isPublic(draft.slug)).toBe(true);

    // A visitor views it twice and applies: the dashboard counts one view and one click, today.
    const browser = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36", origin: TEST_WEB_URL };
    const viewed = await fetch(`${api.server.url}/job-views/${draft.id}`, { method: "POST", headers: browser });
    const cookie = viewed.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    await fetch(`${api.server.url}/job-views/${draft.id}`, { method: "POST", headers: { ...browser, cookie } });
    await fetch(`${api.server.url}/apply/${draft.id}`, { redirect: "manual", headers: browser });
    const [mine] = ok<{ stats: { views: number; applyClicks: number; daily: { day: string; views: number; applyClicks: number }[] } }[]>(
      await acme(`{ myPostings { stats { views applyClicks daily { day views applyClicks } } } }`),
      "myPostings",
    );
    expect(mine.stats).toMatchObject({ views: 1, applyClicks: 1 });
    expect(mine.stats.daily).toHaveLength(30);
    expect(mine.stats.daily.at(-1)).toEqual({ day: new Date().toISOString().slice(0, 10), views: 1, applyClicks: 1 });
    expect(mine.stats.daily.slice(0, -1).every((d) => d.views === 0 && d.applyClicks === 0)).toBe(true);
  });

  test("a published posting expires at its validThrough, and a renewal is a new order", async () => {
    const acme = await employer("hr@acme.example");
    await api.ds.query(`UPDATE companies SET verified = true`);
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    const draft = ok(await acme(SAVE, { input }), "savePosting").posting;
    const { order } = ok(await acme(SUBMIT, { id: draft.id, plan: "basic" }), "submitPosting");
    await admin(PAID, { id: order.id });
    await api.ds.query(`UPDATE jobs SET valid_through = now() - interval '1 second' WHERE slug = $1`, [draft.slug]);
    const services = createServices(api.ds, testConfig());
    // Three days before: one reminder, however often the worker runs.
    await api.ds.query(`UPDATE jobs SET valid_through = now() + interval '2 days' WHERE slug = $1`, [draft.slug]);
    expect(await services.postings.remindExpiring()).toBe(1);
    expect(await services.postings.remindExpiring()).toBe(0);
    await api.ds.query(`UPDATE jobs SET valid_through = now() - interval '1 second' WHERE slug = $1`, [draft.slug]);
    expect(await services.postings.expireDue()).toBe(1);
    expect(await services.postings.expireDue()).toBe(0);
    const kinds = await api.ds.query(`SELECT kind FROM email_outbox WHERE kind LIKE 'POSTING_EXPIR%' ORDER BY id`);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(["POSTING_EXPIRING", "POSTING_EXPIRED"]);
    const [mine] = ok<{ status: string; history: { to: string; by: string | null }[] }[]>(
      await acme(`{ myPostings { ${POSTING} } }`),
      "myPostings",
    );
    expect(mine.status).toBe("EXPIRED");
    expect(mine.history.at(-1)).toMatchObject({ to: "EXPIRED", by: null });
    expect(await isPublic(draft.slug)).toBe(false);
    // Renewing: the same posting, a new order, published again once paid.
    const renewal = ok(await acme(SUBMIT, { id: draft.id, plan: "basic" }), "submitPosting");
    await acme(SAVE, { id: draft.id, input }).then((res) => expect(fieldsOf(res)).toEqual(["id"])); // expired: not editable
    expect(ok(await admin(PAID, { id: renewal.order.id }), "markOrderPaid").posting.status).toBe("PUBLISHED");
  });
});

describe("a plan's perks", () => {
  test("Premium is highlighted and comes first in the alert digests it matches, though older; Basic is neither", async () => {
    const acme = await employer("hr@acme.example");
    await api.ds.query(`UPDATE companies SET verified = true`);
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    const seeker = await person(Role.JOB_SEEKER, "sam@example.com");
    const alert = await seeker(`mutation ($input: CreateAlertInput!) { createAlert(input: $input) { alert { status } } }`, {
      input: { email: "sam@example.com", frequency: "INSTANT", criteria: { query: "LLM" } },
    });
    expect(ok(alert, "createAlert").alert.status).toBe("ACTIVE");

    const publish = async (title: string, plan: string) => {
      const draft = ok(await acme(SAVE, { input: { ...input, title } }), "savePosting").posting;
      const { order } = ok(await acme(SUBMIT, { id: draft.id, plan }), "submitPosting");
      expect(ok(await admin(PAID, { id: order.id }), "markOrderPaid").posting.status).toBe("PUBLISHED");
      return draft.slug as string;
    };
    const premium = await publish("Staff LLM Engineer", "premium");
    const basic = await publish("LLM Platform Engineer", "basic");
    // The Premium job is the oldest of the day's matches: eleven older than Basic's but newer than it follow.
    await api.ds.query(`UPDATE jobs SET posted_at = now() - interval '20 hours' WHERE slug = $1`, [premium]);
    const newer = [];
    for (let i = 0; i < 11; i++) newer.push(await api.make.job({ title: `LLM Researcher ${i}` }));

    const highlighted = ok<{ edges: { node: { slug: string; highlighted: boolean } }[] }>(
      await api.gql(`{ jobs(first: 50, filter: { query: "LLM" }) { edges { node { slug highlighted } } } }`),
      "jobs",
    ).edges.map((e) => e.node);
    expect(highlighted.find((j) => j.slug === premium)?.highlighted).toBe(true);
    expect(highlighted.find((j) => j.slug === basic)?.highlighted).toBe(false);

    await createServices(api.ds, testConfig()).alertRuns.runDue();
    const [digest] = await api.ds.query(
      `SELECT text_body FROM email_outbox WHERE kind = 'ALERT_DIGEST' AND to_address = 'sam@example.com'`,
    );
    const listed = [...(digest.text_body as string).matchAll(/\/jobs\/([a-z0-9-]+)\n/g)].map((m) => m[1]);
    expect(listed).toHaveLength(10);
    expect(listed[0]).toBe(premium);
    expect(listed.slice(1)).toEqual([basic, ...newer.slice(0, 8).map((j) => j.slug)]); // then newest first
  });
});

describe("what a posting must be", () => {
  test("bad fields are refused one by one, naming each, and nothing is written", async () => {
    const acme = await employer("hr@acme.example");
    const count = async () => Number((await api.ds.query(`SELECT count(*)::int AS n FROM jobs`))[0].n);
    const before = await count();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ title: "  " }, ["input.title"]],
      [{ category: "astrology" }, ["input.category"]],
      [{ locations: ["atlantis"] }, ["input.locations"]],
      [{ salary: { min: 200000, max: 100000, currency: "EUR", period: "YEAR" } }, ["input.salary.max"]],
      [{ salary: { min: 1, currency: "ZZZ", period: "YEAR" } }, ["input.salary.currency"]],
      [{ salary: { currency: "USD", period: "YEAR" } }, ["input.salary"]],
      [{ applyUrl: "javascript:alert(1)" }, ["input.applyUrl"]],
      [{ applyUrl: "http://insecure.example" }, ["input.applyUrl"]],
      [{ validThrough: "2020-01-01T00:00:00Z" }, ["input.validThrough"]],
      [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, ["input.tags"]],
      [{ title: "x".repeat(121) }, ["input.title"]],
    ];
    for (const [over, fields] of cases) expect(fieldsOf(await acme(SAVE, { input: { ...input, ...over } }))).toEqual(fields);
    expect(await count()).toBe(before);

    const email = ok(await acme(SAVE, { input: { ...input, applyUrl: "jobs@acme.example" } }), "savePosting").posting;
    const [{ apply_url: applyUrl }] = await api.ds.query(`SELECT apply_url FROM jobs WHERE slug = $1`, [email.slug]);
    expect(applyUrl).toBe("mailto:jobs@acme.example");
  });

  test("a draft too thin to publish can be saved but not submitted", async () => {
    const acme = await employer("hr@acme.example");
    const draft = ok(await acme(SAVE, { input: { ...input, description: "TBD", applyUrl: null } }), "savePosting").posting;
    expect(fieldsOf(await acme(SUBMIT, { id: draft.id, plan: "basic" })).sort()).toEqual(["applyUrl", "description"]);
    expect(fieldsOf(await acme(SUBMIT, { id: draft.id, plan: "platinum" })).sort()).toEqual(["applyUrl", "description"]);
    await acme(SAVE, { id: draft.id, input });
    expect(fieldsOf(await acme(SUBMIT, { id: draft.id, plan: "platinum" }))).toEqual(["plan"]);
  });

  test("an employer without a company is asked to make one first; one company per account", async () => {
    const newcomer = await person(Role.EMPLOYER, "new@startup.example");
    expect(fieldsOf(await newcomer(SAVE, { input }))).toEqual(["input"]);
    expect(fieldsOf(await newcomer(CREATE_COMPANY, { input: { name: "Startup", website: "ftp://startup.example" } }))).toEqual([
      "input.website",
    ]);
    expect(ok(await newcomer(CREATE_COMPANY, { input: { name: "Acme AI" } }), "createCompany").company.name).toBe("Acme AI");
    expect(fieldsOf(await newcomer(CREATE_COMPANY, { input: { name: "Another" } }))).toEqual(["input"]);
    const renamed = ok(
      await newcomer(`mutation ($input: CompanyProfileInput!) { updateCompany(input: $input) { company { name slug } } }`, {
        input: { name: "Startup AI" },
      }),
      "updateCompany",
    );
    expect(renamed.company.name).toBe("Startup AI");
  });
});

describe("one company's postings are nobody else's", () => {
  test("another company's employer can't see, edit, submit, resubmit or close them; a job seeker can't post", async () => {
    const acme = await employer("hr@acme.example", "Acme AI");
    const rival = await employer("hr@rival.example", "Rival AI");
    const draft = ok(await acme(SAVE, { input }), "savePosting").posting;
    const before = await api.ds.query(`SELECT status, title, updated_at FROM jobs WHERE slug = $1`, [draft.slug]);

    expect(ok(await rival(`{ myPostings { id } }`), "myPostings")).toEqual([]);
    for (const [query, variables] of [
      [SAVE, { id: draft.id, input: { ...input, title: "Hijacked" } }],
      [SUBMIT, { id: draft.id, plan: "basic" }],
      [RESUBMIT, { id: draft.id }],
      [CLOSE, { id: draft.id }],
    ] as const) {
      const res = await rival(query, variables);
      expect(fieldsOf(res)).toEqual(["id"]);
      expect(res.errors![0].message).toContain("No posting of yours has this id.");
    }
    expect(await api.ds.query(`SELECT status, title, updated_at FROM jobs WHERE slug = $1`, [draft.slug])).toEqual(before);
    expect(await api.ds.query(`SELECT count(*)::int AS n FROM orders`)).toEqual([{ n: 0 }]);

    const seeker = await person(Role.JOB_SEEKER, "seeker@example.com");
    for (const res of [
      await seeker(SAVE, { input }),
      await seeker(CREATE_COMPANY, { input: { name: "Mine" } }),
      await seeker(`{ myPostings { id } }`),
    ]) {
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const res = await acme(PAID, { id: "T3JkZXI6MQ" });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

test("the form's preview renders a description as the job page will, scripts and all stripped", async () => {
  const acme = await employer("hr@acme.example");
  const res = await acme(`query ($input: DescriptionPreviewInput!) { descriptionPreview(input: $input) }`, {
    input: { markdown: "## The role\n\n**Ship** LLM features.<script>alert(1)</script> [docs](javascript:alert(1))" },
  });
  const html = ok<string>(res, "descriptionPreview");
  expect(html).toContain("<strong>Ship</strong>");
  expect(html).not.toMatch(/<script|href="javascript:/i);
  expect(html).toContain("&lt;script&gt;");
  const long = await acme(`query ($input: DescriptionPreviewInput!) { descriptionPreview(input: $input) }`, {
    input: { markdown: "x".repeat(20_001) },
  });
  expect(fieldsOf(long)).toEqual(["input.markdown"]);
});

test("an employer reads back a posting's fields to edit it; someone else's is null", async () => {
  const acme = await employer("hr@acme.example", "Acme AI");
  const rival = await employer("hr@rival.example", "Rival AI");
  const draft = ok(await acme(SAVE, { input }), "savePosting").posting;
  const FIELDS = `query ($id: ID!) { myPosting(id: $id) { id fields { title category seniority employmentType remote locations salary { min max currency period } tags applyUrl description validThrough } } }`;
  const mine = ok(await acme(FIELDS, { id: draft.id }), "myPosting");
  expect(mine.fields).toEqual({
    title: "Senior LLM Engineer",
    category: "machine-learning",
    seniority: "SENIOR",
    employmentType: "FULL_TIME",
    remote: "HYBRID",
    locations: ["berlin"],
    salary: { min: 90000, max: 120000, currency: "EUR", period: "YEAR" },
    tags: ["llm", "pytorch"],
    applyUrl: "https://acme.example/careers/llm",
    description: input.description,
    validThrough: null,
  });
  expect(ok(await rival(FIELDS, { id: draft.id }), "myPosting")).toBeNull();
});
