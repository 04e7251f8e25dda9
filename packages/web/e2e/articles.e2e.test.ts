import { graphql, PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";

const browser = useBrowser();

test("every Resources link in the footer opens its page, and each article section lists its articles", async () => {
  const { page, pageErrors, close } = await browser.open("/");
  try {
    const resources = page.getByRole("navigation", { name: "Resources" });
    for (const [label, heading] of [
      ["Blog", "Blog"],
      ["AI Glossary", "AI Glossary"],
      ["Career Advice", "Career advice"],
      ["Salary Guides", "Salary guides"],
      ["Industry News", "Industry news"],
    ]) {
      await resources.getByRole("link", { name: label, exact: true }).click();
      await page.getByRole("main").getByRole("heading", { level: 1, name: heading }).waitFor();
      if (label !== "AI Glossary") {
        // Each section has its articles, each a link to its page.
        await page.getByRole("main").getByRole("article").first().waitFor();
      }
    }
    // A section's feed is on the site's own origin, and lists its articles.
    const feed = await fetch(webUrl("/feeds/career-advice.rss"));
    expect(feed.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(await feed.text()).toContain(webUrl("/career-advice/how-to-prepare-for-a-machine-learning-engineer-interview"));
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});

test("a salary guide shows live figures, links a glossary term it mentions, and lists live jobs in its category", async () => {
  const { page, pageErrors, close } = await browser.open("/salary-guides");
  try {
    await page.getByRole("link", { name: "MLOps engineer salaries: what the market pays" }).click();
    await page.getByRole("heading", { level: 1, name: "MLOps engineer salaries: what the market pays" }).waitFor();
    const figures = page.getByRole("region", { name: "Live salary figures" });
    await figures.waitFor();
    // The API's own figures for the category, as the salary pages write money.
    const { salaryStats } = await graphql<{ salaryStats: { median: number } }>(`
      {
        salaryStats(filter: { categories: ["mlops"] }) {
          median
        }
      }
    `);
    expect(await figures.textContent()).toContain(`Median$${Math.round(salaryStats.median / 100) / 10}k`);
    const jobs = page.getByRole("region", { name: /^Open MLOps jobs/ });
    // Each job's title is a heading of its own in the list.
    await jobs.getByRole("heading", { level: 3 }).first().waitFor();
    expect(await jobs.getByRole("heading", { level: 3 }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, "salary-guide");

    const term = page.locator(".prose a.glossary-term").first();
    const name = (await term.textContent())!;
    await term.click();
    await page.waitForURL((url) => url.pathname.startsWith("/glossary/"));
    await page.getByRole("heading", { level: 1, name: new RegExp(`^What is ${name}`, "i") }).waitFor();
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});

test("an article names its author, whose page lists what they wrote; on a phone too", async () => {
  const { page, pageErrors, close } = await browser.open("/career-advice", PHONE);
  try {
    await page.getByRole("link", { name: "How to prepare for a machine learning engineer interview" }).click();
    await page.getByRole("heading", { level: 1, name: "How to prepare for a machine learning engineer interview" }).waitFor();
    await saveScreenshot(page, "article-phone", { fullPage: true });
    await page.getByRole("main").getByRole("link", { name: "Maya Okafor" }).click();
    await page.getByRole("heading", { level: 1, name: "Maya Okafor" }).waitFor();
    await page.getByRole("link", { name: "How to prepare for a machine learning engineer interview" }).waitFor();
    await page.getByRole("link", { name: "What an MLOps engineer actually does all day" }).waitFor();
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});

test("an article's tag lists its section's articles with that tag, and leads back to the whole section", async () => {
  const { page, pageErrors, close } = await browser.open("/career-advice/writing-an-ai-resume");
  try {
    await page.getByRole("heading", { level: 1, name: "How to write an AI résumé that gets past the first screen" }).waitFor();
    await page.getByRole("main").getByRole("link", { name: "career", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Career advice about “career”" }).waitFor();
    expect(new URL(page.url()).search).toBe("?tag=career");
    await page.getByRole("main").getByRole("article").first().waitFor();
    await saveScreenshot(page, "tag");
    // Every seeded career-advice article tagged "career", and no other.
    const titles = await page.getByRole("main").getByRole("article").getByRole("heading").allTextContents();
    expect(titles.sort()).toEqual(
      [
        "How to negotiate an AI job offer without burning the bridge",
        "Building a machine learning portfolio that gets you interviews",
        "How to prepare for a machine learning engineer interview",
        "How to write an AI résumé that gets past the first screen",
      ].sort(),
    );
    await page.getByRole("main").getByRole("link", { name: "All career advice" }).click();
    await page.getByRole("heading", { level: 1, name: "Career advice" }).waitFor();
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
