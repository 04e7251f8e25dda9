import type { Page } from "playwright-core";
import { createAccount, fieldError, makeAdmin, signIn, sql, uniqueEmail, userMenu, userMenuButton } from "./support/accounts";
import { PHONE, saveScreenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

interface PlanRow {
  id: number;
  slug: string;
  name: string;
  price_amount: number;
  featured_days: number;
  active: boolean;
}

const NEW_PLAN = { name: "Sprint", slug: "sprint" };

/**
 * The plans as the seed made them: put back when the test is done, as the other browser tests
 * (Pricing, posting a job on Basic) read them from the same database.
 */
async function restorePlans(seeded: PlanRow[]): Promise<void> {
  await sql(`DELETE FROM plans WHERE slug = $1`, [NEW_PLAN.slug]);
  for (const p of seeded) {
    await sql(`UPDATE plans SET name = $2, price_amount = $3, featured_days = $4, active = $5 WHERE id = $1`, [
      p.id,
      p.name,
      p.price_amount,
      p.featured_days,
      p.active,
    ]);
  }
}

/** Follows the footer's Pricing link: a route change inside the app, so what it shows comes through Apollo's cache. */
async function openPricing(page: Page): Promise<void> {
  await page.getByRole("contentinfo").getByRole("link", { name: "Pricing", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Pricing for employers" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Premium" }).waitFor();
}

/** A plan's card on the Pricing page. */
const card = (page: Page, name: string) =>
  page.getByRole("region").filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });

test("an admin changes Featured's price, adds a plan and retires Basic from the Plans page; the Pricing page shows it at once", async () => {
  const seeded = await sql<PlanRow>(`SELECT id, slug, name, price_amount, featured_days, active FROM plans ORDER BY id`);
  expect(seeded.map((p) => [p.slug, p.price_amount, p.active])).toEqual([
    ["basic", 19900, true],
    ["featured", 34900, true],
    ["premium", 59900, true],
  ]);
  const email = uniqueEmail("plans-admin");
  await createAccount(email);
  await makeAdmin(email);
  const { page, pageErrors, close } = await browser.open("/");
  try {
    await signIn(page, email);
    // The Pricing page first, so its plans are in the app's cache when the admin changes them.
    await openPricing(page);
    await card(page, "Featured").getByText("$349", { exact: true }).waitFor();

    await userMenuButton(page, email).click();
    await userMenu(page).getByRole("link", { name: "Plans" }).click();
    await page.getByRole("heading", { level: 1, name: "Plans" }).waitFor();
    const adminNav = page.getByRole("navigation", { name: "Admin pages" });
    await expect(adminNav.getByRole("link", { name: "Plans" }).getAttribute("aria-current")).resolves.toBe("page");
    const plans = page.getByRole("table", { name: "Plans" });
    const row = (name: string) => plans.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    // The table comes with the page's query: read its cells once the row is there, not before.
    await row("Featured").waitFor();
    await expect(
      row("Featured")
        .getByRole("cell")
        .allTextContents()
        .then((cells) => cells.slice(0, 8)),
    ).resolves.toEqual(["featured", "$349", "30 days", "14 days", "Yes", "No", "2", "Active"]);
    await saveScreenshot(page, "list");

    // Featured: a new price; featured days above the duration are refused beside the field, before anything is sent.
    await page.getByRole("button", { name: "Edit Featured" }).click();
    const edit = page.getByRole("form", { name: "Edit Featured" });
    await expect(edit.getByLabel("Price").inputValue()).resolves.toBe("349.00");
    await edit.getByLabel("Price").fill("399.00");
    await edit.getByLabel("Featured (days)").fill("31");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(fieldError(page, edit.getByLabel("Featured (days)"))).resolves.toBe("Can't be more than the plan's 30 days.");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).resolves.toMatch(/featuredDays-error/);
    await saveScreenshot(page, "edit form with an error");
    await edit.getByLabel("Featured (days)").fill("14");
    // A name another plan has: the API's answer, beside the name.
    await edit.getByLabel("Name").fill("Basic");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(fieldError(page, edit.getByLabel("Name"))).resolves.toBe("Another plan has this name.");
    await edit.getByLabel("Name").fill("Featured");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("status").getByText("Saved Featured.").waitFor();
    await edit.waitFor({ state: "detached" });
    await row("Featured").getByRole("cell", { name: "$399", exact: true }).waitFor();

    // A new plan, priced in cents.
    await page.getByRole("button", { name: "New plan" }).click();
    const create = page.getByRole("form", { name: "New plan" });
    await create.getByLabel("Name").fill(NEW_PLAN.name);
    await create.getByLabel("Description").fill("Two weeks for an urgent hire.");
    await create.getByLabel("Price").fill("19.99");
    await create.getByLabel("Duration (days)").fill("14");
    await create.getByLabel("Featured (days)").fill("7");
    await create.getByLabel("Position").fill("4");
    await create.getByRole("button", { name: "Create the plan" }).click();
    await page.getByRole("status").getByText(`Added ${NEW_PLAN.name}.`).waitFor();
    await row(NEW_PLAN.name).waitFor();
    await expect(
      row(NEW_PLAN.name)
        .getByRole("cell")
        .allTextContents()
        .then((cells) => cells.slice(0, 4)),
    ).resolves.toEqual([NEW_PLAN.slug, "$19.99", "14 days", "7 days"]);
    const [stored] = await sql<{ price_amount: number }>(`SELECT price_amount FROM plans WHERE slug = $1`, [NEW_PLAN.slug]);
    expect(stored!.price_amount).toBe(1999);

    // Basic retired: still listed here, and it can be brought back.
    await page.getByRole("button", { name: "Retire Basic" }).click();
    await row("Basic").getByText("Retired", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Bring back Basic" }).waitFor();
    // Every column fits at desktop width: nothing to scroll to.
    await expect(plans.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).resolves.toBe(true);
    await saveScreenshot(page, "list after the changes");

    await openPricing(page);
    await card(page, "Featured").getByText("$399", { exact: true }).waitFor();
    await card(page, NEW_PLAN.name).getByText("$19.99", { exact: true }).waitFor();
    await expect(page.getByRole("heading", { level: 2, name: "Basic", exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole("region").getByRole("heading", { level: 2 }).allTextContents()).resolves.toEqual([
      "Featured",
      "Premium",
      NEW_PLAN.name,
    ]);
    expect(pageErrors).toEqual([]);

    // On a phone: the table scrolls inside its box, the page doesn't; the form's fields stack.
    const phone = await browser.newContext({ viewport: PHONE, locale: "en-US" });
    const small = await phone.newPage();
    try {
      await signIn(small, email, undefined, "/admin/plans");
      await small.getByRole("table", { name: "Plans" }).waitFor();
      await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(small, "list on a phone");
      await small.getByRole("button", { name: "Edit Premium" }).click();
      const form = small.getByRole("form", { name: "Edit Premium" });
      await form.getByLabel("Name").fill("");
      await form.getByRole("button", { name: "Save changes" }).click();
      await expect(fieldError(small, form.getByLabel("Name"))).resolves.toBe("A plan needs a name.");
      await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(small, "edit form on a phone");
    } finally {
      await phone.close();
    }
  } finally {
    await close();
    await restorePlans(seeded);
  }
});

test("a job seeker who opens the Plans page is told it is for admins, and sees no plans to edit", async () => {
  const email = uniqueEmail("plans-seeker");
  await createAccount(email);
  const { page, close } = await browser.open("/");
  try {
    await signIn(page, email, undefined, "/admin/plans");
    await page.getByRole("heading", { name: "This page is for HiredinAI's admins" }).waitFor();
    await expect(page.getByRole("table", { name: "Plans" }).count()).resolves.toBe(0);
    await expect(page.getByRole("navigation", { name: "Admin pages" }).count()).resolves.toBe(0);
  } finally {
    await close();
  }
});
