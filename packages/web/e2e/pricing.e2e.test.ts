import { graphql, PHONE, saveScreenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

interface Plans {
  plans: { name: string; price: { amount: number; currency: string }; durationDays: number; featuredDays: number }[];
}

test("the footer's Pricing link shows the API's plans side by side, with price, duration and perks; on a phone they stack", async () => {
  const { plans } = await graphql<Plans>(`
    query E2ePlans {
      plans {
        name
        price {
          amount
          currency
        }
        durationDays
        featuredDays
      }
    }
  `);
  expect(plans.map((p) => p.name)).toEqual(["Basic", "Featured", "Premium"]);

  const { page, pageErrors, close } = await browser.open("/");
  try {
    await page.getByRole("contentinfo").getByRole("link", { name: "Pricing", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Pricing for employers" }).waitFor();
    await expect(page.title()).resolves.toBe("Pricing for employers · HiredinAI");
    const cards = page.getByRole("region");
    for (const plan of plans) {
      const card = cards.filter({ has: page.getByRole("heading", { level: 2, name: plan.name, exact: true }) });
      await expect(card.getByText(`$${plan.price.amount / 100}`, { exact: true }).isVisible()).resolves.toBe(true);
      await expect(card.getByRole("listitem").first().textContent()).resolves.toContain(`Published for ${plan.durationDays} days`);
      const featured = card.getByRole("listitem").filter({ hasText: /^Featured on the home page/ });
      await expect(featured.count()).resolves.toBe(plan.featuredDays > 0 ? 1 : 0);
    }
    // Side by side at desktop width: the three cards' tops line up.
    const tops = await Promise.all(plans.map(async (p) => (await page.getByRole("heading", { level: 2, name: p.name }).boundingBox())!.y));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(2);
    await saveScreenshot(page, "desktop");
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }

  const phone = await browser.open("/pricing", PHONE);
  try {
    await phone.page.getByRole("heading", { level: 2, name: "Premium" }).waitFor();
    const ys = await Promise.all(
      plans.map(async (p) => (await phone.page.getByRole("heading", { level: 2, name: p.name }).boundingBox())!.y),
    );
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(ys[1]! - ys[0]!).toBeGreaterThan(100);
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(phone.page, "phone");
    expect(phone.pageErrors).toEqual([]);
  } finally {
    await phone.close();
  }
});
