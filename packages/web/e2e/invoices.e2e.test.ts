import type { Page } from "playwright-core";
import { createAccount, fieldError, makeAdmin, signIn, sql, uniqueEmail } from "./support/accounts";
import { PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";

const browser = useBrowser();

/** What a GET of `url` from the page answers (with the page's cookies, as a click on the link would send). */
function fetchFromPage(page: Page, url: string) {
  return page.evaluate(async (href) => {
    const res = await fetch(href, { credentials: "include" });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      type: res.headers.get("content-type"),
      disposition: res.headers.get("content-disposition"),
      start: String.fromCharCode(...bytes.slice(0, 5)),
    };
  }, url);
}

test("an employer gives billing details, renews an expired posting on a plan, opens its invoice from the dashboard and downloads the PDF; Duplicate opens the form filled in", async () => {
  const email = uniqueEmail("invoices");
  await createAccount(email, undefined, "EMPLOYER");
  const { page, pageErrors, close } = await browser.open("/");
  try {
    await signIn(page, email, undefined, "/employer");
    const form = page.getByRole("form", { name: "Company profile" });
    const company = `Invoice Robotics ${Date.now()}`;
    await form.getByLabel("Company name").fill(company);
    // Billing details: once one is given, the others it needs are asked for.
    await form.getByLabel("Legal name").fill("Invoice Robotics GmbH");
    await form.getByRole("button", { name: "Create the company profile" }).click();
    await expect(fieldError(page, form.getByLabel("Billing address"))).resolves.toBe("Enter the billing address.");
    await form.getByLabel("Billing address").fill("Invalidenstraße 117\n10115 Berlin");
    await form.getByLabel("Country").fill("Germany");
    await form.getByLabel("VAT or tax id (optional)").fill("DE123456789");
    await saveScreenshot(page, "company form with billing details");
    await form.getByRole("button", { name: "Create the company profile" }).click();
    await page.getByRole("heading", { level: 1, name: company }).waitFor();

    // An expired posting of the company's, renewed from the dashboard on a plan.
    const title = `Robot Learning Engineer ${Date.now()}`;
    await sql(
      `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, tags, apply_url, status, posted_at, valid_through, created_by)
       SELECT 'e2e-invoices-' || u.id, $2, 'Teach robots to pick things up, from simulation to the warehouse floor, with a small team.', u.company_id,
         (SELECT id FROM job_categories ORDER BY id LIMIT 1), 'SENIOR', 'FULL_TIME', 'REMOTE', '{robotics}', 'https://robotics.example/apply',
         'EXPIRED', now() - interval '40 days', now() - interval '1 day', u.id
       FROM users u WHERE u.email = $1`,
      [email, title],
    );
    await page.reload();
    const row = page.getByRole("table", { name: "Your job postings" }).getByRole("row", { name: new RegExp(title) });
    await row.getByRole("button", { name: `Renew ${title}` }).click();
    const renew = row.getByRole("form", { name: `Renew ${title}` });
    await renew.getByLabel("Plan").selectOption("basic");
    await renew.getByRole("button", { name: "Renew and get the invoice" }).click();
    const renewed = row.getByRole("status");
    await renewed.getByText(/Renewed on Basic: invoice HAI-\d{4}-\d{6}/).waitFor();
    const number = /HAI-\d{4}-\d{6}/.exec((await renewed.textContent()) ?? "")![0];
    await expect(row.getByRole("button", { name: `Renew ${title}` }).count()).resolves.toBe(0); // its invoice waits now

    // The orders table lists it; its number opens the invoice page.
    const orders = page.getByRole("table", { name: "Orders and invoices" });
    const order = orders.getByRole("row", { name: new RegExp(number) });
    await order.waitFor();
    await expect(order.getByRole("cell").allTextContents()).resolves.toEqual(
      expect.arrayContaining([title, "Basic", "$199", expect.stringMatching(/^UnpaidDue \d{1,2} \w{3} \d{4}$/)]),
    );
    await saveScreenshot(page, "dashboard orders");
    await order.getByRole("link", { name: number, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/employer/invoices/${number}`);
    const invoice = page.getByRole("article", { name: `Invoice ${number}` });
    await invoice.waitFor();
    const billTo = invoice.getByRole("region", { name: "Bill to" });
    await billTo.getByText("Invoice Robotics GmbH").waitFor();
    await billTo.getByText("Invalidenstraße 117").waitFor();
    await billTo.getByText("VAT / tax id: DE123456789").waitFor();
    await invoice.getByRole("table", { name: "What the invoice is for" }).getByText("$199").first().waitFor();
    await invoice.getByText("Unpaid", { exact: true }).waitFor();
    await invoice.getByText(`Quote ${number} as the payment reference.`).waitFor();
    await saveScreenshot(page, "invoice");

    // The PDF link downloads the PDF, with the browser's session.
    const href = (await page.getByRole("link", { name: "Download PDF" }).getAttribute("href"))!;
    await expect(fetchFromPage(page, href)).resolves.toEqual({
      status: 200,
      type: "application/pdf",
      disposition: `attachment; filename="${number}.pdf"`,
      start: "%PDF-",
    });
    await page.goto(webUrl("/employer"));
    const rowPdf = (await order.getByRole("link", { name: `PDF of ${number}` }).getAttribute("href"))!;
    await expect(fetchFromPage(page, rowPdf)).resolves.toMatchObject({ status: 200, type: "application/pdf" });

    // Billing details changed later: the issued invoice keeps the ones it was made out to.
    const profile = page.getByText("Company profile and billing details");
    await profile.click();
    const edit = page.getByRole("form", { name: "Company profile" });
    await expect(edit.getByLabel("Legal name").inputValue()).resolves.toBe("Invoice Robotics GmbH");
    await edit.getByLabel("Legal name").fill("Invoice Robotics SE");
    await edit.getByRole("button", { name: "Save the company profile" }).click();
    await edit.getByRole("status").getByText("Saved.", { exact: false }).waitFor();
    await page.goto(webUrl(`/employer/invoices/${number}`));
    await invoice.getByRole("region", { name: "Bill to" }).getByText("Invoice Robotics GmbH").waitFor();

    // Duplicate: a new draft with the posting's fields, open in the posting form.
    await page.goto(webUrl("/employer"));
    await row.getByRole("button", { name: `Duplicate ${title}` }).click();
    await page.waitForURL((url) => url.pathname === "/employer/post" && url.searchParams.has("id"));
    await page.getByRole("heading", { level: 1, name: "Edit a posting" }).waitFor();
    const posting = page.getByRole("form", { name: "Job posting" });
    await expect(posting.getByLabel("Job title").inputValue()).resolves.toBe(title);
    await expect(posting.getByLabel("Where to apply").inputValue()).resolves.toBe("https://robotics.example/apply");
    await expect(posting.getByLabel("Skills and tags").inputValue()).resolves.toBe("robotics");
    await page.goto(webUrl("/employer"));
    const both = page.getByRole("table", { name: "Your job postings" }).getByRole("row", { name: new RegExp(title) });
    await both.nth(1).waitFor();
    await expect(both.getByRole("cell").allTextContents()).resolves.toEqual(expect.arrayContaining(["Draft", "Expired"]));
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }

  // On a phone: the invoice stacks, the orders table scrolls in its box, and the page never widens.
  const phone = await browser.newContext({ viewport: PHONE, locale: "en-US" });
  const small = await phone.newPage();
  try {
    await signIn(small, email, undefined, "/employer");
    await small.getByRole("table", { name: "Orders and invoices" }).waitFor();
    await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await small.getByRole("heading", { name: "Orders and invoices" }).scrollIntoViewIfNeeded();
    await saveScreenshot(small, "dashboard orders on a phone", { fullPage: false });
    const [{ invoice_number: number }] = (await sql<{ invoice_number: string }>(
      `SELECT o.invoice_number FROM orders o JOIN users u ON u.company_id = o.company_id WHERE u.email = $1`,
      [email],
    )) as [{ invoice_number: string }];
    await small.goto(webUrl(`/employer/invoices/${number}`));
    await small.getByRole("article", { name: `Invoice ${number}` }).waitFor();
    await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(small, "invoice on a phone");
  } finally {
    await phone.close();
  }
});

test("an admin opens an unpaid invoice from the review desk; another company's employer finds no such invoice", async () => {
  const owner = uniqueEmail("owner");
  await createAccount(owner, undefined, "EMPLOYER");
  const [{ number }] = (await sql<{ number: string }>(
    `WITH c AS (INSERT INTO companies (slug, name) VALUES ('e2e-owner-' || floor(random() * 1e9)::text, 'Owner AI') RETURNING id),
       u AS (UPDATE users SET company_id = (SELECT id FROM c) WHERE email = $1 RETURNING id, company_id),
       j AS (INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, tags, status, created_by)
         SELECT 'e2e-owner-job-' || u.id, 'Owner Job', 'x', u.company_id, (SELECT id FROM job_categories ORDER BY id LIMIT 1), 'MID', 'FULL_TIME', 'REMOTE', '{}', 'DRAFT', u.id
         FROM u RETURNING id, company_id)
     INSERT INTO orders (company_id, job_id, plan_id, plan_name, amount, currency, duration_days, featured_days, billing, due_at)
     SELECT j.company_id, j.id, (SELECT id FROM plans WHERE slug = 'basic'), 'Basic', 19900, 'USD', 30, 0,
       '{"legalName": "Owner AI Ltd", "addressLines": ["1 Main Street", "Leeds"], "country": "United Kingdom"}', now() + interval '14 days'
     FROM j RETURNING invoice_number AS number`,
    [owner],
  )) as [{ number: string }];

  const adminEmail = uniqueEmail("admin");
  await createAccount(adminEmail);
  await makeAdmin(adminEmail);
  const desk = await browser.open("/");
  try {
    await signIn(desk.page, adminEmail, undefined, "/admin/postings");
    await desk.page.getByRole("table", { name: "Unpaid invoices" }).getByRole("link", { name: number, exact: true }).click();
    const invoice = desk.page.getByRole("article", { name: `Invoice ${number}` });
    await invoice.getByRole("region", { name: "Bill to" }).getByText("Owner AI Ltd").waitFor();
    await desk.page.getByRole("link", { name: "Back to the review desk" }).waitFor();
    expect(desk.pageErrors).toEqual([]);
  } finally {
    await desk.close();
  }

  const rival = uniqueEmail("rival");
  await createAccount(rival, undefined, "EMPLOYER");
  const other = await browser.open("/");
  try {
    await signIn(other.page, rival, undefined, `/employer/invoices/${number}`);
    await other.page.getByRole("heading", { name: "No invoice of yours has this number" }).waitFor();
    await expect(fetchFromPage(other.page, webUrl(`/invoices/${number}.pdf`))).resolves.toMatchObject({ status: 404 });
  } finally {
    await other.close();
  }
});
