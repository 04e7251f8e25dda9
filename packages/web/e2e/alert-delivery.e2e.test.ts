import type { Page } from "playwright-core";
import { createAccount, signIn, sql, uniqueEmail } from "./support/accounts";
import { DESKTOP, graphql, PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";
import { horizontalOverflow, jobTotal, waitForCount } from "./support/jobs";

/**
 * A job alert from end to end, against the real API: created from a search, confirmed by the emailed
 * link, a newly published job emailed in a digest, managed through the email's link, unsubscribed in one
 * click as a mail client does it; the unsubscribe page, bad links, and a signed-in person's alerts.
 */

/** One message of the API's developer mailbox (GET /dev/mailbox/latest.json). */
interface MailboxMessage {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  links: string[];
}

/** The API's origin (the mailbox and the one-click unsubscribe live there, beside /graphql). */
function apiOrigin(): string {
  const url = process.env.E2E_API_URL;
  if (!url) throw new Error("E2E_API_URL is not set: run the browser tests through Jest (e2e/global-setup.cjs sets it)");
  return new URL(url).origin;
}

/** The newest email to `to` that `matches`, polling the developer mailbox until `timeoutMs` has passed. */
async function waitForEmail(to: string, matches: (m: MailboxMessage) => boolean, timeoutMs = 15_000): Promise<MailboxMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${apiOrigin()}/dev/mailbox/latest.json?to=${encodeURIComponent(to)}`);
    if (!res.ok) throw new Error(`the dev mailbox answered ${res.status}: ${await res.text()}`);
    const messages = (await res.json()) as MailboxMessage[];
    const found = messages.find(matches);
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(
        `no matching email to ${to} within ${timeoutMs / 1000} s; its messages: ${JSON.stringify(messages.map((m) => m.subject))}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The email's link to `path` of the site (e.g. "/alerts/confirm"). */
function linkTo(message: MailboxMessage, path: string): string {
  const link = message.links.find((l) => new URL(l).pathname === path && new URL(l).searchParams.has("token"));
  if (!link) throw new Error(`no ${path} link in "${message.subject}": ${JSON.stringify(message.links)}`);
  return link;
}

/** An emailed link's path on the site (the links carry PUBLIC_WEB_URL, which is the SPA the tests serve). */
function sitePath(link: string): string {
  const { pathname, search } = new URL(link);
  return pathname + search;
}

async function alertStatus(email: string): Promise<string[]> {
  const rows = await sql<{ status: string }>(`SELECT status FROM alerts WHERE email = $1 ORDER BY id`, [email]);
  return rows.map((r) => r.status);
}

/** The page's robots meta: waits for it to be there. */
async function robots(page: Page): Promise<string | null> {
  return page.locator('meta[name="robots"]').getAttribute("content");
}

/** Screenshots at desktop and phone width (the phone one checked for sideways scrolling), then back to desktop. */
async function screenshots(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `${name} desktop`);
  await page.setViewportSize(PHONE);
  const { scroll, client } = await horizontalOverflow(page);
  expect(scroll).toBeLessThanOrEqual(client);
  await saveScreenshot(page, `${name} phone`, { fullPage: false });
  await page.setViewportSize(DESKTOP);
}

/** A category of the seeded data (its slug and name). */
async function someCategory(): Promise<{ id: number; slug: string; name: string }> {
  const [category] = await sql<{ id: number; slug: string; name: string }>(
    `SELECT id, slug, name FROM job_categories ORDER BY slug LIMIT 1`,
  );
  if (!category) throw new Error("the seeded database has no job categories");
  return category;
}

const browser = useBrowser();

describe("alert delivery", () => {
  test("create from a search, confirm by email, get a digest of a new job, manage it, and unsubscribe in one click", async () => {
    const category = await someCategory();
    const address = uniqueEmail("alert-journey");
    // A browser in Berlin: the alert keeps its time zone.
    const context = await browser.newContext({ viewport: DESKTOP, locale: "en-US", timezoneId: "Europe/Berlin" });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: Error[] = [];
    page.on("pageerror", (error) => pageErrors.push(error));
    try {
      // The search: one category, senior, remote.
      await page.goto(webUrl(`/jobs?category=${category.slug}&seniority=senior&remote=remote`));
      await waitForCount(page, await jobTotal({ categories: [category.slug], seniorities: ["SENIOR"], remote: ["REMOTE"] }));
      await page.getByRole("link", { name: "Create an alert from this search" }).click();
      await page.getByRole("heading", { level: 1, name: "Create a job alert" }).waitFor();
      // The form filled in with a search is not for search engines (the plain /alerts is).
      await expect(robots(page)).resolves.toBe("noindex");

      // Daily (the default) asks when, in the browser's time zone; weekly asks the day too; instant neither.
      const when = page.getByRole("group", { name: "When to send" });
      await expect(when.getByLabel("Time", { exact: true }).inputValue()).resolves.toBe("8");
      await expect(when.getByLabel("Time zone").inputValue()).resolves.toBe("Europe/Berlin");
      await expect(when.getByLabel("Day", { exact: true }).count()).resolves.toBe(0);
      await page.getByRole("radio", { name: /Weekly/ }).check();
      await expect(when.getByLabel("Day", { exact: true }).inputValue()).resolves.toBe("1");
      await screenshots(page, "create form");
      await page.getByRole("radio", { name: /Instant/ }).check();
      await expect(when.count()).resolves.toBe(0);

      await page.getByRole("textbox", { name: "Email address" }).fill(address);
      await page.getByRole("button", { name: "Create alert" }).click();
      await page.getByRole("region", { name: "Check your inbox" }).waitFor();
      await expect(alertStatus(address)).resolves.toEqual(["PENDING_CONFIRMATION"]);
      const [stored] = await sql<{ time_zone: string; frequency: string }>(`SELECT time_zone, frequency FROM alerts WHERE email = $1`, [
        address,
      ]);
      expect(stored).toEqual({ time_zone: "Europe/Berlin", frequency: "INSTANT" });

      // The confirmation email's link, opened in the browser, confirms at once.
      const confirmation = await waitForEmail(address, (m) => m.links.some((l) => l.includes("/alerts/confirm?token=")));
      await page.goto(webUrl(sitePath(linkTo(confirmation, "/alerts/confirm"))));
      const on = page.getByRole("region", { name: "Your alert is on" });
      await on.waitFor();
      await expect(on.textContent()).resolves.toContain(
        `We'll email ${address} new jobs for ${category.name} · Senior · Remote as soon as they're posted.`,
      );
      await expect(on.getByText("Every alert email has a link to change, pause or unsubscribe from this alert.").isVisible()).resolves.toBe(
        true,
      );
      await expect(on.getByRole("link", { name: "See matching jobs" }).getAttribute("href")).resolves.toBe(
        `/jobs?category=${category.slug}&seniority=senior&remote=remote`,
      );
      await expect(robots(page)).resolves.toBe("noindex");
      await screenshots(page, "confirmed");
      await expect(alertStatus(address)).resolves.toEqual(["ACTIVE"]);

      // A matching job is published, and the digest runs now.
      const title = `Staff Alerting Engineer ${Date.now()}`;
      await sql(
        `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, status, posted_at)
         VALUES ($1, $2, 'Builds the alerts that find people their next AI job.', (SELECT id FROM companies ORDER BY id LIMIT 1), $3,
           'SENIOR', 'FULL_TIME', 'REMOTE', 'PUBLISHED', now())`,
        [`staff-alerting-engineer-${Date.now()}`, title, category.id],
      );
      await sql(`SELECT graphile_worker.add_job('alerts_run_due')`);
      const digest = await waitForEmail(address, (m) => m.text.includes(title), 60_000);
      expect(digest.html).toContain(title);
      const oneClick = /^<(https?:\/\/[^>]+)>$/.exec(digest.headers["List-Unsubscribe"] ?? "")?.[1];
      expect(oneClick).toBeDefined();
      expect(digest.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

      // The digest's manage link: no sign-in needed.
      await page.goto(webUrl(sitePath(linkTo(digest, "/alerts/manage"))));
      await page.getByRole("heading", { level: 1, name: "Manage your job alert" }).waitFor();
      const overview = page.getByRole("region", { name: `${category.name} · Senior · Remote` });
      await overview.getByText("Active", { exact: true }).waitFor();
      await expect(overview.textContent()).resolves.toMatch(/Last sent\s*just now/);
      await expect(robots(page)).resolves.toBe("noindex");
      await screenshots(page, "manage");

      await overview.getByRole("button", { name: "Pause alert" }).click();
      await overview.getByText("Paused", { exact: true }).waitFor();
      await expect(alertStatus(address)).resolves.toEqual(["PAUSED"]);
      await overview.getByRole("button", { name: "Resume alert" }).click();
      await overview.getByText("Active", { exact: true }).waitFor();
      await expect(alertStatus(address)).resolves.toEqual(["ACTIVE"]);

      // Its settings change and save: weekly, on Fridays at 9:00.
      const form = page.getByRole("form", { name: "Change this alert" });
      await form.getByRole("radio", { name: /Weekly/ }).check();
      await form.getByLabel("Day", { exact: true }).selectOption({ label: "Friday" });
      await form.getByLabel("Time", { exact: true }).selectOption({ label: "9:00 AM" });
      await form.getByRole("button", { name: "Save changes" }).click();
      await form.getByText("Your changes are saved.", { exact: false }).waitFor();
      await overview.getByText("Emails new jobs every Friday at 9:00 AM (Europe/Berlin)").waitFor();
      const [schedule] = await sql(`SELECT frequency, send_hour, send_weekday, time_zone FROM alerts WHERE email = $1`, [address]);
      expect(schedule).toEqual({ frequency: "WEEKLY", send_hour: 9, send_weekday: 5, time_zone: "Europe/Berlin" });

      // "Create an alert like this" opens the form with the same search.
      await expect(overview.getByRole("link", { name: "Create an alert like this" }).getAttribute("href")).resolves.toBe(
        `/alerts?category=${category.slug}&seniority=senior&remote=remote`,
      );

      // A mail client's one-click unsubscribe (RFC 8058): a POST, no cookie, no page.
      const res = await fetch(oneClick!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(res.status).toBe(200);
      await expect(alertStatus(address)).resolves.toEqual(["UNSUBSCRIBED"]);
      await page.reload();
      await overview.getByText("Unsubscribed", { exact: true }).waitFor();
      await expect(overview.getByText("You're unsubscribed from this alert", { exact: false }).isVisible()).resolves.toBe(true);
      await expect(overview.getByRole("button", { name: "Resume alert" }).isVisible()).resolves.toBe(true);
      await screenshots(page, "manage unsubscribed");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the unsubscribe page shows which alert and unsubscribes only when asked", async () => {
    const address = uniqueEmail("alert-unsubscribe");
    await graphql(
      `
        mutation E2eCreateAlert($input: CreateAlertInput!) {
          createAlert(input: $input) {
            alert {
              id
            }
          }
        }
      `,
      { input: { email: address, frequency: "WEEKLY", criteria: { query: "robotics", remote: ["REMOTE"] }, timeZone: "UTC" } },
    );
    const confirmation = await waitForEmail(address, (m) => m.links.some((l) => l.includes("/alerts/confirm?token=")));
    const token = new URL(linkTo(confirmation, "/alerts/confirm")).searchParams.get("token");
    await graphql(
      `
        mutation E2eConfirmAlert($input: AlertTokenInput!) {
          confirmAlert(input: $input) {
            alert {
              id
            }
          }
        }
      `,
      { input: { token } },
    );

    const { page, pageErrors, close } = await browser.open(sitePath(linkTo(confirmation, "/alerts/unsubscribe")));
    try {
      const ask = page.getByRole("region", { name: "Unsubscribe from this alert?" });
      await ask.waitFor();
      await expect(ask.textContent()).resolves.toContain(`${address} gets new jobs for “robotics” · Remote every Monday at 8:00 AM (UTC).`);
      await expect(robots(page)).resolves.toBe("noindex");
      // Opening the page (as a mail scanner does) changed nothing.
      await expect(alertStatus(address)).resolves.toEqual(["ACTIVE"]);
      await screenshots(page, "asks");

      await ask.getByRole("button", { name: "Unsubscribe" }).click();
      const done = page.getByRole("region", { name: "You're unsubscribed" });
      await done.waitFor();
      await expect(done.textContent()).resolves.toContain(
        `You're unsubscribed from “robotics” · Remote: we won't email ${address} about it again.`,
      );
      await expect(done.getByRole("link", { name: "Create a job alert" }).getAttribute("href")).resolves.toBe("/alerts");
      await expect(alertStatus(address)).resolves.toEqual(["UNSUBSCRIBED"]);
      await screenshots(page, "done");

      // The confirmation link followed again turns nothing back on, and says so.
      await page.goto(webUrl(sitePath(linkTo(confirmation, "/alerts/confirm"))));
      await page.getByRole("region", { name: "You're unsubscribed from this alert" }).waitFor();
      await expect(alertStatus(address)).resolves.toEqual(["UNSUBSCRIBED"]);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a forged or incomplete link shows the API's reason on a page of its own, with a way to start again", async () => {
    const { page, pageErrors, close } = await browser.open("/alerts/manage?token=forged.token");
    try {
      const problem = page.getByRole("region", { name: "This link didn't work" });
      await problem.waitFor();
      await expect(problem.getByRole("alert").textContent()).resolves.toBe(
        "This link isn't valid: it may be incomplete, or its alert was deleted.",
      );
      await expect(problem.getByRole("link", { name: "Create an alert" }).getAttribute("href")).resolves.toBe("/alerts");
      await expect(page.getByRole("form").count()).resolves.toBe(0);
      await expect(robots(page)).resolves.toBe("noindex");
      await screenshots(page, "manage");

      for (const path of ["/alerts/confirm?token=forged.token", "/alerts/unsubscribe?token=forged.token"]) {
        await page.goto(webUrl(path));
        await expect(problem.getByRole("alert").textContent()).resolves.toBe(
          "This link isn't valid: it may be incomplete, or its alert was deleted.",
        );
      }
      await page.goto(webUrl("/alerts/confirm"));
      await expect(problem.getByRole("alert").textContent()).resolves.toBe("This link is incomplete. Open it from the email again.");
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("signed in with a verified address: no confirmation, the account lists the alert with pause, and its page deletes it", async () => {
    const email = uniqueEmail("alert-owner");
    await createAccount(email);
    const { page, pageErrors, close } = await browser.open("/");
    try {
      await signIn(page, email, undefined, "/alerts?q=diffusion");
      await page.getByRole("heading", { level: 1, name: "Create a job alert" }).waitFor();
      // Once the page knows who is signed in, their address is filled in and needs no confirmation.
      await page.getByText("Your account's verified address: the alert starts at once, with no confirmation email.").waitFor();
      await expect(page.getByRole("textbox", { name: "Email address" }).inputValue()).resolves.toBe(email);
      await page.getByRole("button", { name: "Create alert" }).click();
      const on = page.getByRole("region", { name: "Your alert is on" });
      await on.waitFor();
      await expect(on.textContent()).resolves.toContain(`new jobs for “diffusion” every day at 8:00 AM`);
      await screenshots(page, "alert on");
      await expect(alertStatus(email)).resolves.toEqual(["ACTIVE"]);

      // The account page lists it, with pause and resume.
      await on.getByRole("link", { name: "Manage your alerts" }).click();
      const section = page.getByRole("region", { name: "Job alerts" });
      const item = section.getByRole("listitem").filter({ hasText: "“diffusion”" });
      await item.getByText("Active", { exact: true }).waitFor();
      await expect(item.textContent()).resolves.toContain("Emails new jobs every day at 8:00 AM");
      await expect(item.textContent()).resolves.toContain("nothing sent yet");
      await expect(robots(page)).resolves.toBe("noindex");
      await item.getByRole("button", { name: "Pause alert “diffusion”" }).click();
      await item.getByText("Paused", { exact: true }).waitFor();
      await expect(alertStatus(email)).resolves.toEqual(["PAUSED"]);
      await screenshots(page, "account");

      // Its page, by id: delete asks first, then says it's done.
      await item.getByRole("link", { name: "“diffusion”" }).click();
      await page.getByRole("heading", { level: 1, name: "Manage your job alert" }).waitFor();
      expect(new URL(page.url()).searchParams.get("id")).toBeTruthy();
      await page.getByRole("button", { name: "Delete alert" }).click();
      const keep = page.getByRole("button", { name: "Keep it" });
      await expect(keep.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await screenshots(page, "delete asks");
      await page.getByRole("button", { name: "Yes, delete it" }).click();
      const deleted = page.getByRole("region", { name: "Your alert is deleted" });
      await deleted.waitFor();
      await expect(deleted.getByRole("link", { name: "Create an alert" }).getAttribute("href")).resolves.toBe("/alerts");
      await expect(alertStatus(email)).resolves.toEqual([]);
      await screenshots(page, "deleted");

      await page.goto(webUrl("/account"));
      await section.getByText("You have no job alerts yet.", { exact: false }).waitFor();
      await section.getByRole("link", { name: "Create a job alert" }).click();
      await page.getByRole("heading", { level: 1, name: "Create a job alert" }).waitFor();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/alerts");
      await expect(page.locator('meta[name="robots"]').count()).resolves.toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
