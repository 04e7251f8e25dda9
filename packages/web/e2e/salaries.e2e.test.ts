import { graphql, saveScreenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

interface Breakdown {
  salaryBreakdown: { value: string; label: string; stats: { median: number | null; sampleSize: number } }[];
}

test("the salaries page shows every category's median as the API computes it, and switches currency", async () => {
  const expected = await graphql<Breakdown>(`
    query E2eSalaries {
      salaryBreakdown(by: CATEGORY) {
        value
        label
        stats {
          median
          sampleSize
        }
      }
    }
  `);
  const first = expected.salaryBreakdown[0]!;
  expect(first.stats.sampleSize).toBeGreaterThan(0);

  const { page, pageErrors, close } = await browser.open("/salaries");
  try {
    const table = page.getByRole("table", { name: /by category/i });
    const row = table.getByRole("row", { name: new RegExp(`^${first.label}\\b`) });
    await row.waitFor();
    // The median cell reads like "$196.5k": the API's figure in thousands.
    const median = `$${Math.round(first.stats.median! / 100) / 10}k`;
    await expect(row.textContent()).resolves.toContain(median);
    await expect(page.getByRole("table", { name: /by seniority/i }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("table", { name: /by city/i }).isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "usd", { fullPage: false });

    await page.getByLabel(/figures in/i).selectOption("EUR");
    await page.waitForURL(/currency=EUR/);
    await page.getByRole("table", { name: /by category.*EUR/i }).waitFor();
    await expect(page.getByRole("table", { name: /by category/i }).textContent()).resolves.toContain("€");
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
