import { bearer, browserCookie, makeUser, sessionFor } from "../../../test/support/accounts";
import { pdfText as textOf } from "../../../test/support/pdf";
import { TEST_WEB_URL, useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { insertStartingPlans } from "../../db/migrations/1765100000000-plans";
import { Role } from "../accounts";

const api = useTestApi();

const CREATE_COMPANY = `mutation ($input: CompanyProfileInput!) { createCompany(input: $input) { company { id name } } }`;
const UPDATE_COMPANY = `mutation ($input: CompanyProfileInput!) { updateCompany(input: $input) { company { id name } } }`;
const BILLING = `{ myBillingDetails { legalName addressLines country taxId email } }`;
const SAVE = `mutation ($id: ID, $input: PostingInput!) { savePosting(id: $id, input: $input) { posting { id slug } } }`;
const SUBMIT = `mutation ($id: ID!, $plan: String!) { submitPosting(id: $id, plan: $plan) { order { id invoiceNumber status dueAt createdAt } } }`;
const PAID = `mutation ($id: ID!) { markOrderPaid(id: $id) { posting { id status } } }`;
const INVOICE = `query ($number: String!) { invoice(number: $number) {
  number status issuedAt dueAt paidAt
  seller { name addressLines country taxId email }
  buyer { name addressLines country taxId email }
  line { planName jobTitle durationDays featuredDays amount { amount currency } }
  total { amount currency }
  payment { provider method lines reference payUrl }
  order { id jobId jobTitle }
} }`;
const DUPLICATE = `mutation ($id: ID!) { duplicatePosting(id: $id) { posting { id slug status title
  fields { title category seniority employmentType remote locations salary { min max currency period } tags applyUrl description validThrough }
  orders { id } history { from to by } stats { views applyClicks } } } }`;

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;
interface Person {
  gql: Gql;
  headers: Record<string, string>;
  token: string;
}

async function person(role: Role, email: string): Promise<Person> {
  const user = await makeUser(api.ds, { role, email });
  const token = await sessionFor(api.ds, user);
  const headers = bearer(token);
  return { gql: (query, variables) => api.gql(query, variables, headers), headers, token };
}

const ACME_BILLING = {
  legalName: "  Acme   AI GmbH ",
  address: " Invalidenstraße 117 \n\n 10115 Berlin ",
  country: "Germany",
  taxId: "de 123456789",
  email: "Billing@Acme.example",
};

/** An employer with a company of their own (with billing details unless told otherwise). */
async function employer(email: string, company: string, billing: Record<string, unknown> | null = ACME_BILLING): Promise<Person> {
  const who = await person(Role.EMPLOYER, email);
  ok(
    await who.gql(CREATE_COMPANY, { input: { name: company, headquarters: "Berlin, Germany", ...(billing ? { billing } : {}) } }),
    "createCompany",
  );
  return who;
}

function ok<T = any>(res: GraphQLResponse, field: string): T {
  expect(res.errors).toBeUndefined();
  return res.data![field] as T;
}

/** The fields a BAD_USER_INPUT names. */
function fieldsOf(res: GraphQLResponse): string[] {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  return (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
}

const count = async (table: string) => Number((await api.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

let input: Record<string, unknown>;
beforeEach(async () => {
  await insertStartingPlans(api.ds);
  // A plan priced in euros, to see the amount written with its currency.
  await api.ds.query(
    `INSERT INTO plans (slug, name, description, price_amount, price_currency, duration_days, featured_days) VALUES ('euro', 'Euro Featured', '', 34950, 'EUR', 30, 14)`,
  );
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
    tags: ["llm", "pytorch"],
    applyUrl: "https://acme.example/careers/llm",
    description: "Build and ship retrieval-augmented LLM features for our customers, end to end, with a small team.",
  };
});

/** A submitted posting of `who`'s, and its order. */
async function submitted(who: Person, plan = "euro") {
  const draft = ok(await who.gql(SAVE, { input }), "savePosting").posting;
  const { order } = ok(await who.gql(SUBMIT, { id: draft.id, plan }), "submitPosting");
  return { draft, order };
}

/** GET /invoices/<number>.pdf with these headers. */
function pdf(number: string, headers: Record<string, string> = {}) {
  return fetch(`${api.server.url}/invoices/${encodeURIComponent(number)}.pdf`, { headers });
}

async function pdfText(res: Response): Promise<string> {
  expect(res.status).toBe(200);
  return textOf(new Uint8Array(await res.arrayBuffer()));
}

describe("billing details", () => {
  test("are checked field by field, nothing written when one is wrong; kept tidy; left as they are unless given; null removes them", async () => {
    const acme = await person(Role.EMPLOYER, "hr@acme.example");
    const bad: [Record<string, unknown>, string[]][] = [
      [{ legalName: "  " }, ["input.billing.legalName"]],
      [{ address: "" }, ["input.billing.address"]],
      [{ address: Array.from({ length: 7 }, (_, i) => `Line ${i + 1}`).join("\n") }, ["input.billing.address"]],
      [{ address: `Street ${"x".repeat(130)}` }, ["input.billing.address"]],
      [{ country: " " }, ["input.billing.country"]],
      [{ taxId: "<script>" }, ["input.billing.taxId"]],
      [{ email: "not an address" }, ["input.billing.email"]],
    ];
    for (const [over, fields] of bad) {
      expect(fieldsOf(await acme.gql(CREATE_COMPANY, { input: { name: "Acme AI", billing: { ...ACME_BILLING, ...over } } }))).toEqual(
        fields,
      );
    }
    expect([await count("companies"), await count("company_billing")]).toEqual([0, 0]);

    // Blank optional fields are simply not given.
    ok(
      await acme.gql(CREATE_COMPANY, { input: { name: "Acme AI", billing: { ...ACME_BILLING, taxId: " ", email: "" } } }),
      "createCompany",
    );
    expect(ok(await acme.gql(BILLING), "myBillingDetails")).toEqual({
      legalName: "Acme AI GmbH",
      addressLines: ["Invalidenstraße 117", "10115 Berlin"],
      country: "Germany",
      taxId: null,
      email: null,
    });
    ok(await acme.gql(UPDATE_COMPANY, { input: { name: "Acme AI", billing: ACME_BILLING } }), "updateCompany");
    expect(ok(await acme.gql(BILLING), "myBillingDetails")).toMatchObject({ taxId: "DE 123456789", email: "billing@acme.example" });
    // A profile change without billing details leaves them; a bad one changes nothing at all.
    ok(await acme.gql(UPDATE_COMPANY, { input: { name: "Acme AI SE" } }), "updateCompany");
    expect(ok(await acme.gql(BILLING), "myBillingDetails")).toMatchObject({ legalName: "Acme AI GmbH" });
    expect(fieldsOf(await acme.gql(UPDATE_COMPANY, { input: { name: "Renamed", billing: { ...ACME_BILLING, country: "" } } }))).toEqual([
      "input.billing.country",
    ]);
    expect(await api.ds.query(`SELECT name FROM companies`)).toEqual([{ name: "Acme AI SE" }]);
    ok(await acme.gql(UPDATE_COMPANY, { input: { name: "Acme AI SE", billing: null } }), "updateCompany");
    expect(ok(await acme.gql(BILLING), "myBillingDetails")).toBeNull();
  });

  test("an invoice keeps the details (and the job title) it was issued with; the next one carries the new ones", async () => {
    const acme = await employer("hr@acme.example", "Acme AI");
    const first = await submitted(acme);
    ok(
      await acme.gql(UPDATE_COMPANY, {
        input: { name: "Acme AI", billing: { legalName: "Acme Holdings SE", address: "1 Quay Street\nDublin", country: "Ireland" } },
      }),
      "updateCompany",
    );
    // The posting renamed while its invoice waits: the invoice says what was bought.
    ok(await acme.gql(SAVE, { id: first.draft.id, input: { ...input, title: "Principal LLM Engineer" } }), "savePosting");
    const issued = ok(await acme.gql(INVOICE, { number: first.order.invoiceNumber }), "invoice");
    expect(issued.line.jobTitle).toBe("Senior LLM Engineer");
    expect(issued.buyer).toEqual({
      name: "Acme AI GmbH",
      addressLines: ["Invalidenstraße 117", "10115 Berlin"],
      country: "Germany",
      taxId: "DE 123456789",
      email: "billing@acme.example",
    });
    const second = await submitted(acme);
    expect(ok(await acme.gql(INVOICE, { number: second.order.invoiceNumber }), "invoice").buyer).toEqual({
      name: "Acme Holdings SE",
      addressLines: ["1 Quay Street", "Dublin"],
      country: "Ireland",
      taxId: null,
      email: null,
    });
    // Without billing details, an invoice is made out to the company's name and headquarters.
    const rival = await employer("hr@rival.example", "Rival AI", null);
    const theirs = await submitted(rival);
    expect(ok(await rival.gql(INVOICE, { number: theirs.order.invoiceNumber }), "invoice").buyer).toMatchObject({
      name: "Rival AI",
      addressLines: ["Berlin, Germany"],
      country: null,
    });
  });
});

describe("an invoice", () => {
  test("says who sells and buys what, when it is due and how to pay; the email links to it", async () => {
    const acme = await employer("hr@acme.example", "Acme AI");
    const { draft, order } = await submitted(acme);
    const invoice = ok(await acme.gql(INVOICE, { number: order.invoiceNumber }), "invoice");
    expect(invoice).toMatchObject({
      number: order.invoiceNumber,
      status: "UNPAID",
      paidAt: null,
      seller: {
        name: "HiredinAI Ltd",
        addressLines: ["1 Example Street", "London EC1A 1AA", "United Kingdom"],
        email: "billing@hiredin.ai",
      },
      line: {
        planName: "Euro Featured",
        jobTitle: "Senior LLM Engineer",
        durationDays: 30,
        featuredDays: 14,
        amount: { amount: 34950, currency: "EUR" },
      },
      total: { amount: 34950, currency: "EUR" },
      payment: { provider: "manual", method: "Bank transfer", reference: order.invoiceNumber, payUrl: null },
      order: { id: order.id, jobId: draft.id, jobTitle: "Senior LLM Engineer" },
    });
    // Due 14 days after it was issued, as the manual provider gives by default.
    expect(new Date(invoice.dueAt).getTime() - new Date(invoice.issuedAt).getTime()).toBe(14 * 86_400_000);
    expect(order.dueAt).toBe(invoice.dueAt);
    const due = new Date(invoice.dueAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    expect(invoice.payment.lines).toEqual([
      `Pay by ${due} by bank transfer to:`,
      "Account name: HiredinAI Ltd",
      "Bank: Example Bank",
      "IBAN: GB33 BUKB 2020 1555 5555 55",
      "BIC: BUKBGB22",
      `Quote ${order.invoiceNumber} as the payment reference.`,
    ]);
    const [mail] = await api.ds.query(
      `SELECT text_body FROM email_outbox WHERE kind = 'INVOICE_ISSUED' AND to_address = 'hr@acme.example'`,
    );
    expect(mail.text_body).toContain(`${TEST_WEB_URL}/employer/invoices/${order.invoiceNumber}`);
    expect(mail.text_body).toContain(`by bank transfer by ${due}`);
  });

  test("its company's employers and admins see it, as a page and a PDF; another company's employer finds nothing, signed-out callers sign in", async () => {
    const acme = await employer("hr@acme.example", "Acme AI");
    const colleague = await person(Role.EMPLOYER, "cto@acme.example");
    await api.ds.query(`UPDATE users SET company_id = (SELECT id FROM companies WHERE name = 'Acme AI') WHERE email = 'cto@acme.example'`);
    const rival = await employer("hr@rival.example", "Rival AI");
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    const seeker = await person(Role.JOB_SEEKER, "seeker@example.com");
    const { order } = await submitted(acme);
    const { invoiceNumber: number } = order;
    const ofRival = (await submitted(rival)).order.invoiceNumber;

    for (const who of [acme, colleague, admin]) expect(ok(await who.gql(INVOICE, { number }), "invoice").number).toBe(number);
    expect(ok(await rival.gql(INVOICE, { number }), "invoice")).toBeNull();
    expect(ok(await rival.gql(INVOICE, { number: "HAI-1999-000001" }), "invoice")).toBeNull();
    expect((await seeker.gql(INVOICE, { number })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(INVOICE, { number })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // The employer's list: their company's orders only.
    const mine = ok<{ invoiceNumber: string; jobTitle: string }[]>(await acme.gql(`{ myOrders { invoiceNumber jobTitle } }`), "myOrders");
    expect(mine).toEqual([{ invoiceNumber: number, jobTitle: "Senior LLM Engineer" }]);
    expect(mine.map((o) => o.invoiceNumber)).not.toContain(ofRival);

    // The PDF: the same people, by bearer token or the web app's session cookie.
    for (const headers of [acme.headers, browserCookie(colleague.token), admin.headers]) {
      const res = await pdf(number, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${number}.pdf"`);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    }
    // Another company's invoice and one that doesn't exist are the same 404.
    const theirs = await pdf(number, rival.headers);
    const nobodys = await pdf("HAI-1999-000001", rival.headers);
    expect([theirs.status, nobodys.status]).toEqual([404, 404]);
    expect(await theirs.json()).toEqual(await nobodys.json());
    expect(theirs.headers.get("cache-control")).toBe("no-store");
    expect((await pdf(number)).status).toBe(401);
    expect((await pdf(number, seeker.headers)).status).toBe(403);
    expect((await pdf(number, browserCookie(acme.token, "https://evil.example"))).status).toBe(403);
    expect((await pdf("../../etc/passwd", acme.headers)).status).toBe(404);
  });

  test("the PDF reads as the invoice: number, amount in its currency, the buyer, the status; PAID once marked paid", async () => {
    const acme = await employer("hr@acme.example", "Acme AI");
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    const { order } = await submitted(acme);
    const unpaid = await pdfText(await pdf(order.invoiceNumber, acme.headers));
    expect(unpaid).toContain(order.invoiceNumber);
    expect(unpaid).toContain("€349.50");
    expect(unpaid).toContain("Acme AI GmbH");
    expect(unpaid).toContain("Invalidenstraße 117");
    expect(unpaid).toContain("UNPAID");
    expect(unpaid).toContain("Senior LLM Engineer");
    expect(unpaid).toContain("IBAN: GB33 BUKB 2020 1555 5555 55");
    const invoiceDay = (iso: string) =>
      new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    expect(unpaid).toContain(`Due date ${invoiceDay(order.dueAt)}`);
    expect(unpaid).toContain(`Issue date ${invoiceDay(order.createdAt)}`);

    ok(await admin.gql(PAID, { id: order.id }), "markOrderPaid");
    const invoice = ok(await admin.gql(INVOICE, { number: order.invoiceNumber }), "invoice");
    expect(invoice.status).toBe("PAID");
    const paidOn = new Date(invoice.paidAt).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    const paid = await pdfText(await pdf(order.invoiceNumber, admin.headers));
    expect(paid).toContain(`PAID on ${paidOn}`);
    expect(paid).not.toContain("UNPAID");
  });
});

describe("a posting duplicated", () => {
  test("is a new draft with the same fields and none of the original's orders, figures or history; only its company's employers may", async () => {
    const acme = await employer("hr@acme.example", "Acme AI");
    const rival = await employer("hr@rival.example", "Rival AI");
    const admin = await person(Role.ADMIN, "admin@hiredin.test");
    await api.ds.query(`UPDATE companies SET verified = true WHERE name = 'Acme AI'`);
    const { draft, order } = await submitted(acme, "basic");
    ok(await admin.gql(PAID, { id: order.id }), "markOrderPaid"); // published
    const [{ id: jobId }] = await api.ds.query(`SELECT id FROM jobs WHERE slug = $1`, [draft.slug]);
    await api.ds.query(`INSERT INTO job_daily_stats (job_id, day, views, apply_clicks) VALUES ($1, current_date, 40, 3)`, [jobId]);
    await api.ds.query(`UPDATE jobs SET valid_through = now() + interval '20 days' WHERE id = $1`, [jobId]);

    const FIELDS = `query ($id: ID!) { myPosting(id: $id) { status fields { title category seniority employmentType remote locations salary { min max currency period } tags applyUrl description validThrough } } }`;
    const original = ok(await acme.gql(FIELDS, { id: draft.id }), "myPosting");
    expect(original.status).toBe("PUBLISHED");

    const copy = ok(await acme.gql(DUPLICATE, { id: draft.id }), "duplicatePosting").posting;
    expect(copy.id).not.toBe(draft.id);
    expect(copy.slug).not.toBe(draft.slug);
    expect(copy).toMatchObject({ status: "DRAFT", title: "Senior LLM Engineer", orders: [], stats: { views: 0, applyClicks: 0 } });
    expect(copy.fields).toEqual({ ...original.fields, validThrough: null });
    expect(copy.history).toEqual([{ from: null, to: "DRAFT", by: "hr@acme.example" }]);
    // The original is as it was; the copy is the employer's to edit and submit.
    expect(ok(await acme.gql(FIELDS, { id: draft.id }), "myPosting")).toEqual(original);
    ok(await acme.gql(SAVE, { id: copy.id, input: { ...input, title: "Staff LLM Engineer" } }), "savePosting");
    expect(ok(await acme.gql(SUBMIT, { id: copy.id, plan: "basic" }), "submitPosting").order.status).toBe("UNPAID");

    const before = await count("jobs");
    const res = await rival.gql(DUPLICATE, { id: draft.id });
    expect(fieldsOf(res)).toEqual(["id"]);
    expect(res.errors![0].message).toContain("No posting of yours has this id.");
    expect((await admin.gql(DUPLICATE, { id: draft.id })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await count("jobs")).toBe(before);
  });
});

test("renewing an expired posting is a new order with its own invoice, on the employer's list newest first", async () => {
  const acme = await employer("hr@acme.example", "Acme AI");
  const admin = await person(Role.ADMIN, "admin@hiredin.test");
  await api.ds.query(`UPDATE companies SET verified = true`);
  const { draft, order } = await submitted(acme, "basic");
  ok(await admin.gql(PAID, { id: order.id }), "markOrderPaid");
  await api.ds.query(`UPDATE jobs SET status = 'EXPIRED', valid_through = now() - interval '1 day' WHERE slug = $1`, [draft.slug]);

  const renewal = ok(await acme.gql(SUBMIT, { id: draft.id, plan: "euro" }), "submitPosting").order;
  expect(renewal.invoiceNumber).not.toBe(order.invoiceNumber);
  const orders = ok(
    await acme.gql(`{ myOrders(first: 10) { invoiceNumber status jobId planName price { amount currency } } }`),
    "myOrders",
  );
  expect(orders).toEqual([
    {
      invoiceNumber: renewal.invoiceNumber,
      status: "UNPAID",
      jobId: draft.id,
      planName: "Euro Featured",
      price: { amount: 34950, currency: "EUR" },
    },
    { invoiceNumber: order.invoiceNumber, status: "PAID", jobId: draft.id, planName: "Basic", price: { amount: 19900, currency: "USD" } },
  ]);
  expect(ok(await admin.gql(PAID, { id: renewal.id }), "markOrderPaid").posting.status).toBe("PUBLISHED");
});
