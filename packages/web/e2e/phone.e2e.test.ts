import type { Locator, Page } from "playwright-core";
import { DESKTOP, graphql, PHONE, saveScreenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

/** The header's main menu entries, in order (shared/navigation.ts). */
const NAV_LABELS = ["Jobs", "Companies", "AI Glossary", "Salaries", "Job Alerts"];

/** How wide the page's scrolling box is against its visible width: equal when nothing sticks out sideways. */
function pageWidths(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
}

async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const widths = await pageWidths(page);
  expect(widths.client).toBe(width);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/** Whether the element's box lies inside the viewport, left to right (and top to bottom with `vertically`). */
async function inViewport(locator: Locator, page: Page, vertically = false): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || box.width === 0) return false;
  const across = box.x >= 0 && box.x + box.width <= viewport.width;
  return vertically ? across && box.y >= 0 && box.y + box.height <= viewport.height : across;
}

/** The captions of the tables wider than their frame (they would scroll sideways inside it). */
function overflowingTables(page: Page): Promise<(string | null | undefined)[]> {
  return page
    .getByRole("table")
    .evaluateAll((tables) =>
      tables.filter((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth).map((t) => t.querySelector("caption")?.textContent),
    );
}

/** "$237.3k": a salary figure as the tables show it (thousands, one decimal). */
function thousands(amount: number): string {
  return `$${Math.round(amount / 100) / 10}k`;
}

describe("on a 375 px phone", () => {
  test("the header's Menu button opens the navigation, Job Alerts leads to /alerts, and the page never scrolls sideways", async () => {
    const { page, pageErrors, close } = await browser.open("/", PHONE);
    try {
      const banner = page.getByRole("banner");
      const menu = banner.getByRole("button", { name: "Menu", exact: true });
      const nav = page.getByRole("navigation", { name: "Main" });
      await menu.waitFor();

      // Closed: the button says so and controls the main menu, whose links are out of sight.
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
      const controls = await menu.getAttribute("aria-controls");
      expect(controls).toBeTruthy();
      await expect(page.locator(`[id="${controls}"]`).getAttribute("aria-label")).resolves.toBe("Main");
      await expect(nav.isVisible()).resolves.toBe(false);
      await expectNoSidewaysScroll(page, PHONE.width);
      await saveScreenshot(page, "menu closed", { fullPage: false });

      // Open: every entry, Job Alerts included, is on screen.
      await menu.click();
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
      await nav.waitFor();
      for (const label of NAV_LABELS) {
        const link = nav.getByRole("link", { name: label, exact: true });
        await expect(link.isVisible()).resolves.toBe(true);
        expect([label, await inViewport(link, page, true)]).toEqual([label, true]);
      }
      await expectNoSidewaysScroll(page, PHONE.width);
      await saveScreenshot(page, "menu open", { fullPage: false });

      // Escape closes it and gives the focus back to the button.
      await page.keyboard.press("Escape");
      await nav.waitFor({ state: "hidden" });
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
      await expect(menu.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

      // Choosing an entry navigates and closes the menu.
      await menu.click();
      await nav.getByRole("link", { name: "Job Alerts", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/alerts");
      await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
      await nav.waitFor({ state: "hidden" });
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
      await expectNoSidewaysScroll(page, PHONE.width);
      await saveScreenshot(page, "alerts", { fullPage: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the salary tables show every column header and the first row's 75th percentile in view, without sideways scrolling", async () => {
    const { salaryBreakdown } = await graphql<{
      salaryBreakdown: { value: string; label: string; stats: { p75: number | null; sampleSize: number } }[];
    }>(`
      query E2ePhoneSalaries {
        salaryBreakdown(by: CATEGORY) {
          value
          label
          stats {
            p75
            sampleSize
          }
        }
      }
    `);
    const first = salaryBreakdown[0]!;
    expect(first.stats.p75).not.toBeNull();

    const { page, pageErrors, close } = await browser.open("/salaries", PHONE);
    try {
      const table = page.getByRole("table", { name: /by category/i });
      const row = table.getByRole("row", { name: new RegExp(`^${first.label}\\b`) });
      await row.waitFor();

      for (const name of ["Category", "25th pct.", "Median", "75th pct.", "Jobs"]) {
        const header = table.getByRole("columnheader", { name, exact: true });
        expect([name, await header.isVisible()]).toEqual([name, true]);
        expect([name, await inViewport(header, page)]).toEqual([name, true]);
      }
      const p75 = row.getByRole("cell", { name: thousands(first.stats.p75!), exact: true });
      // Scrolled to vertically only: a table scrolled sideways inside its frame would not count.
      const top = (await p75.boundingBox())!.y;
      await page.evaluate((y) => window.scrollBy(0, y), top - PHONE.height / 2);
      await expect(inViewport(p75, page, true)).resolves.toBe(true);
      await expect(
        inViewport(row.getByRole("cell", { name: first.stats.sampleSize.toLocaleString("en-US"), exact: true }), page),
      ).resolves.toBe(true);
      await expectNoSidewaysScroll(page, PHONE.width);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, "salaries", { fullPage: false });

      await expect(overflowingTables(page)).resolves.toEqual([]);

      // The longest figures ("CHF 237.3k") still fit.
      await page.getByLabel(/figures in/i).selectOption("CHF");
      await page.getByRole("table", { name: /by category.*CHF/i }).waitFor();
      await expect(overflowingTables(page)).resolves.toEqual([]);
      await expectNoSidewaysScroll(page, PHONE.width);
      await saveScreenshot(page, "salaries chf", { fullPage: false });

      // A category's page uses the same table.
      await table.getByRole("link", { name: first.label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/salaries/${first.value}`);
      const seniority = page.getByRole("table", { name: /by seniority/i });
      await seniority.getByRole("row").nth(1).waitFor();
      for (const name of ["Seniority", "25th pct.", "Median", "75th pct.", "Jobs"]) {
        expect([name, await inViewport(seniority.getByRole("columnheader", { name, exact: true }), page)]).toEqual([name, true]);
      }
      await expect(overflowingTables(page)).resolves.toEqual([]);
      await expectNoSidewaysScroll(page, PHONE.width);
      await saveScreenshot(page, "category", { fullPage: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

test("on a desktop the main menu stays inline in the header, with no Menu button", async () => {
  const { page, pageErrors, close } = await browser.open("/salaries", DESKTOP);
  try {
    const banner = page.getByRole("banner");
    const nav = banner.getByRole("navigation", { name: "Main" });
    await nav.waitFor();
    await expect(banner.getByRole("button", { name: "Menu" }).isVisible()).resolves.toBe(false);
    for (const label of NAV_LABELS) {
      expect([label, await nav.getByRole("link", { name: label, exact: true }).isVisible()]).toEqual([label, true]);
    }
    // One row: the links sit level with the brand.
    const brand = await banner.getByRole("link", { name: "HiredinAI home" }).boundingBox();
    const alerts = await nav.getByRole("link", { name: "Job Alerts", exact: true }).boundingBox();
    expect(Math.abs(brand!.y + brand!.height / 2 - (alerts!.y + alerts!.height / 2))).toBeLessThan(4);
    await expect(nav.getByRole("link", { name: "Salaries", exact: true }).getAttribute("aria-current")).resolves.toBe("page");
    await page.getByRole("table", { name: /by category/i }).waitFor();
    await saveScreenshot(page, "salaries", { fullPage: false });
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
