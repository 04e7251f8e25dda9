import { saveScreenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

test("every link in the footer leads to a page of its own, never the not-found page", async () => {
  const { page, pageErrors, close } = await browser.open("/");
  try {
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: "Job Categories" }).waitFor();
    const links = await footer
      .locator("a[href^='/']")
      .evaluateAll((els) => els.map((a) => ({ href: a.getAttribute("href")!, text: (a.textContent ?? "").trim() })));
    const seen = new Set<string>();
    const targets = links.filter((l) => !seen.has(l.href) && seen.add(l.href));
    // The reference page's footer: seekers, resources, cities, company, and the legal line.
    expect(targets.map((l) => l.text)).toEqual(
      expect.arrayContaining([
        "Browse Jobs",
        "Job Categories",
        "Remote AI Jobs",
        "Entry Level Jobs",
        "AI Salaries",
        "Job Alerts",
        "AI Glossary",
        "London",
        "About Us",
        "Guidelines",
        "DMCA",
        "Sitemap",
        "Cookies",
      ]),
    );

    for (const link of targets) {
      await footer.locator(`a[href='${link.href}']`).first().click();
      await page.waitForURL((url) => url.pathname === link.href.split("?")[0]);
      const heading = page.getByRole("main").getByRole("heading", { level: 1 });
      await heading.waitFor();
      // Paired with the link's text, so a failure names the link.
      expect([link.text, await heading.textContent()]).not.toEqual([link.text, expect.stringMatching(/not found/i)]);
    }
    await page.goto(page.url().replace(/\/[^/]*$/, "/jobs/categories"));
    await page.getByRole("link", { name: "Generative AI jobs" }).waitFor();
    await saveScreenshot(page, "job categories");
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
