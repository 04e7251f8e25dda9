import type { Page } from "playwright-core";
import {
  createAccount,
  emailedLink,
  GOOD_PASSWORD,
  makeAdmin,
  signIn,
  sql,
  uniqueEmail,
  userMenu,
  userMenuButton,
} from "./support/accounts";
import { graphql, PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";

const browser = useBrowser();

/** A company already on the site, with no employer account yet. */
async function makeCompany(name: string, verified = false): Promise<{ slug: string }> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await sql(
    `INSERT INTO companies (slug, name, website, headquarters, verified) VALUES ($1, $2, 'https://joinlabs.example', 'Lisbon, Portugal', $3)`,
    [slug, name, verified],
  );
  return { slug };
}

/** An admin signed in on a page of their own, on /admin/companies through the user menu. */
async function openAdminCompanies() {
  const adminEmail = uniqueEmail("admin");
  await createAccount(adminEmail);
  await makeAdmin(adminEmail);
  const desk = await browser.open("/");
  await signIn(desk.page, adminEmail);
  await userMenuButton(desk.page, adminEmail).click();
  await userMenu(desk.page).getByRole("link", { name: "Companies" }).click();
  await desk.page.getByRole("heading", { level: 1, name: "Companies" }).waitFor();
  return desk;
}

/** The page's width fits the phone: nothing makes it scroll sideways. */
async function fitsThePhone(page: Page): Promise<void> {
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
}

test("an employer asks to join a company; an admin approves it on /admin/companies; the employer's dashboard is then that company's", async () => {
  const company = `E2E Join Labs ${Date.now()}`;
  await makeCompany(company);
  const email = uniqueEmail("joiner");
  await createAccount(email, undefined, "EMPLOYER");
  const { page, pageErrors, close } = await browser.open("/");
  try {
    await signIn(page, email, undefined, "/employer");
    await page.getByRole("heading", { level: 1, name: "Your company" }).waitFor();
    // Creating is the first choice; joining is the other.
    await page.getByRole("form", { name: "Company profile" }).waitFor();
    await page.getByRole("radio", { name: /Join an existing company/ }).check();
    const form = page.getByRole("form", { name: "Request to join a company" });
    await form.getByRole("button", { name: "Ask to join" }).click();
    await form.getByText("Search for your company and pick it.").waitFor(); // checked before anything is sent

    await page.getByRole("searchbox", { name: "Search companies by name" }).fill(company);
    await page.getByRole("button", { name: "Find" }).click();
    await form.getByRole("radio", { name: new RegExp(company) }).check();
    await form.getByLabel("Who you are there").fill("Head of Talent, Lisbon office.");
    await saveScreenshot(page, "join choice");
    await form.getByRole("button", { name: "Ask to join" }).click();
    const status = page.getByRole("region", { name: "Waiting for approval" });
    await status.getByText(`You asked to join ${company}`, { exact: false }).waitFor();
    await status.getByText("Head of Talent, Lisbon office.").waitFor();

    const desk = await openAdminCompanies();
    try {
      const card = desk.page.getByRole("article", { name: `${email} → ${company}` });
      await card.getByText("Head of Talent, Lisbon office.").waitFor();
      // The hint: an example.com address is not the company's joinlabs.example.
      await card.getByText("Email domain example.com is not the company's website (joinlabs.example).").waitFor();
      await saveScreenshot(desk.page, "admin companies");
      await card.getByRole("button", { name: `Approve: add to ${company}` }).click();
      await card.waitFor({ state: "detached" });
      expect(desk.pageErrors).toEqual([]);
    } finally {
      await desk.close();
    }

    await page.reload();
    await page.getByRole("heading", { level: 1, name: company }).waitFor();
    const team = page.getByRole("region", { name: "Team" });
    await team.getByRole("list", { name: "Team members" }).getByText(`${email} (you)`).waitFor();
    // The company isn't verified: no invitations yet.
    await team.getByText(`Once we've verified ${company}, you can invite colleagues here.`, { exact: false }).waitFor();
    const [mail] = await sql<{ subject: string }>(
      `SELECT subject FROM email_outbox WHERE to_address = $1 AND kind = 'COMPANY_CLAIM_APPROVED'`,
      [email],
    );
    expect(mail?.subject).toBe(`You're in: ${company}`);
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }

  // The join choice and the admins' page on a phone: nothing wider than the screen.
  const phoneEmail = uniqueEmail("phone-joiner");
  await createAccount(phoneEmail, undefined, "EMPLOYER");
  const phone = await browser.newContext({ viewport: PHONE, locale: "en-US" });
  const small = await phone.newPage();
  try {
    await signIn(small, phoneEmail, undefined, "/employer");
    await small.getByRole("radio", { name: /Join an existing company/ }).check();
    await small.getByRole("searchbox", { name: "Search companies by name" }).fill("E2E Join Labs");
    await small.getByRole("button", { name: "Find" }).click();
    await small.getByRole("radio", { name: new RegExp(company) }).waitFor();
    await fitsThePhone(small);
    await saveScreenshot(small, "join choice on a phone", { fullPage: false });
    await small.getByLabel("Who you are there").scrollIntoViewIfNeeded();
    await saveScreenshot(small, "join form on a phone", { fullPage: false });
  } finally {
    await phone.close();
  }
});

test("an admin verifies a company on /admin/companies", async () => {
  const company = `E2E Verify Works ${Date.now()}`;
  const { slug } = await makeCompany(company);
  const desk = await openAdminCompanies();
  try {
    await desk.page.getByRole("searchbox", { name: "Search companies by name" }).fill(company);
    await desk.page.getByRole("button", { name: "Search", exact: true }).click();
    const row = desk.page.getByRole("table", { name: "Companies" }).getByRole("row", { name: new RegExp(company) });
    await row.getByRole("cell", { name: "Not verified" }).waitFor();
    await row.getByRole("button", { name: `Verify ${company}` }).click();
    await row.getByRole("cell", { name: "Verified", exact: true }).waitFor();
    await row.getByRole("button", { name: `Unverify ${company}` }).waitFor();
    const answer = await graphql<{ company: { verified: boolean } }>(
      `
        query E2eVerified($slug: String!) {
          company(slug: $slug) {
            verified
          }
        }
      `,
      { slug },
    );
    expect(answer.company.verified).toBe(true);
    const [audit] = await sql<{ action: string }>(
      `SELECT action FROM audit_log WHERE action = 'company.verify' AND after->>'verified' = 'true' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit?.action).toBe("company.verify");
    expect(desk.pageErrors).toEqual([]);
  } finally {
    await desk.close();
  }

  // A request waiting, to see its card on a phone.
  const asking = uniqueEmail("asking");
  await createAccount(asking, undefined, "EMPLOYER");
  await sql(
    `INSERT INTO company_claims (company_id, user_id, message)
     SELECT c.id, u.id, 'CTO and co-founder; I set up our hiring.' FROM companies c, users u WHERE c.slug = $1 AND u.email = $2`,
    [slug, asking],
  );
  const phone = await openAdminCompaniesOnPhone();
  try {
    await phone.page.getByRole("table", { name: "Companies" }).waitFor();
    await fitsThePhone(phone.page);
    await saveScreenshot(phone.page, "admin companies on a phone", { fullPage: false });
    await phone.page.getByRole("table", { name: "Companies" }).scrollIntoViewIfNeeded();
    await saveScreenshot(phone.page, "admin companies table on a phone", { fullPage: false });
  } finally {
    await phone.close();
  }
});

/** /admin/companies at phone width, as a signed-in admin. */
async function openAdminCompaniesOnPhone() {
  const adminEmail = uniqueEmail("phone-admin");
  await createAccount(adminEmail);
  await makeAdmin(adminEmail);
  const opened = await browser.open("/", PHONE);
  await signIn(opened.page, adminEmail, undefined, "/admin/companies");
  await opened.page.getByRole("heading", { level: 1, name: "Companies" }).waitFor();
  return opened;
}

test("an employer of a verified company invites a colleague; the colleague opens the link signed out, signs in and joins", async () => {
  const company = `E2E Invite Co ${Date.now()}`;
  await makeCompany(company, true);
  const owner = uniqueEmail("owner");
  await createAccount(owner, undefined, "EMPLOYER");
  await sql(`UPDATE users SET company_id = (SELECT id FROM companies WHERE name = $1) WHERE email = $2`, [company, owner]);
  const colleague = uniqueEmail("colleague");
  await createAccount(colleague, undefined, "EMPLOYER");

  const { page, pageErrors, close } = await browser.open("/");
  try {
    await signIn(page, owner, undefined, "/employer");
    const team = page.getByRole("region", { name: "Team" });
    const invite = team.getByRole("form", { name: "Invite a colleague" });
    await invite.getByLabel("Colleague's work email").fill(colleague);
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await team.getByText(`Invitation sent to ${colleague}.`, { exact: false }).waitFor();
    await team
      .getByRole("table", { name: "Pending invitations" })
      .getByRole("row", { name: new RegExp(colleague) })
      .waitFor();
    await saveScreenshot(page, "team");
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }

  const link = await emailedLink(colleague, "/employer/join");
  const path = new URL(link).pathname + new URL(link).search;
  const guest = await browser.open(path);
  try {
    await guest.page.getByRole("heading", { level: 1, name: `Join ${company} on HiredinAI` }).waitFor();
    await guest.page.getByText(`This invitation was sent to ${colleague}.`, { exact: false }).waitFor();
    await saveScreenshot(guest.page, "invitation");
    await guest.page.getByRole("main").getByRole("link", { name: "Sign in", exact: true }).click();
    const form = guest.page.getByRole("main");
    await form.getByLabel("Email address").fill(colleague);
    await form.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
    await form.getByRole("button", { name: "Sign in" }).click();
    // Back on the invitation, signed in.
    await guest.page.getByRole("button", { name: `Join ${company}` }).click();
    await guest.page.getByRole("heading", { level: 1, name: company }).waitFor();
    await guest.page.getByRole("list", { name: "Team members" }).getByText(owner).waitFor();

    // Spent: the link says so now.
    await guest.page.goto(webUrl(path));
    await guest.page.getByRole("heading", { level: 1, name: "This invitation didn't work" }).waitFor();
    expect(guest.pageErrors).toEqual([]);
  } finally {
    await guest.close();
  }
});
