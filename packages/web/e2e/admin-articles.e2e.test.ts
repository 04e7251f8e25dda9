import { createAccount, fieldError, makeAdmin, signIn, sql, uniqueEmail, userMenu, userMenuButton } from "./support/accounts";
import { PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";

const browser = useBrowser();

const TITLE = "What an evaluation engineer does all day";
const SLUG = "what-an-evaluation-engineer-does-all-day";
const AUTHOR = "Priya Natarajan";
const BODY = `## Measuring models

Fine-tuning a model is the easy part; knowing whether it got better is the job.

- Build the test sets
- Run them on every release`;

test("an admin writes an article with a live preview, saves it as a draft nobody else sees, then publishes it", async () => {
  const email = uniqueEmail("articles-admin");
  await createAccount(email);
  await makeAdmin(email);
  const { page, pageErrors, close } = await browser.open("/");
  try {
    await signIn(page, email);
    await userMenuButton(page, email).click();
    await userMenu(page).getByRole("link", { name: "Articles" }).click();
    await page.getByRole("heading", { level: 1, name: "Articles" }).waitFor();
    const adminNav = page.getByRole("navigation", { name: "Admin pages" });
    await expect(adminNav.getByRole("link", { name: "Articles" }).getAttribute("aria-current")).resolves.toBe("page");
    // The seeded articles, each with its status; words narrow the list.
    const table = page.getByRole("table", { name: "Articles" });
    await table.getByRole("rowheader", { name: /MLOps engineer salaries/ }).waitFor();
    await page.getByRole("searchbox", { name: "Words" }).fill("résumé");
    await table.getByRole("rowheader", { name: /MLOps engineer salaries/ }).waitFor({ state: "detached" });
    await expect(table.getByRole("rowheader").allTextContents()).resolves.toEqual([expect.stringContaining("résumé")]);
    await page.getByRole("searchbox", { name: "Words" }).fill("");
    await saveScreenshot(page, "list", { fullPage: true });

    // A new writer first: added beside the list, then theirs to choose.
    await page.getByRole("button", { name: "New author" }).click();
    const authorForm = page.getByRole("form", { name: "New author" });
    // Refused beside each field before anything is sent: no name, a slug the API would refuse, no bio.
    await authorForm.getByLabel("Slug (optional)", { exact: true }).fill("Not A Slug");
    await authorForm.getByRole("button", { name: "Add the author" }).click();
    expect(await fieldError(page, authorForm.getByLabel("Name", { exact: true }))).toBe("Give the author's name.");
    expect(await fieldError(page, authorForm.getByLabel("Slug (optional)", { exact: true }))).toBe(
      "Use lower-case letters, digits and single hyphens, e.g. maya-okafor.",
    );
    expect(await fieldError(page, authorForm.getByLabel("Bio", { exact: true }))).toBe("Say a few words about them.");
    await saveScreenshot(page, "author-refused");
    await authorForm.getByLabel("Slug (optional)", { exact: true }).fill("");
    await authorForm.getByLabel("Name", { exact: true }).fill(AUTHOR);
    await authorForm.getByLabel("Bio", { exact: true }).fill("Priya builds evaluation suites for language models.");
    await authorForm.getByRole("button", { name: "Add the author" }).click();
    await page.getByText(`Added ${AUTHOR}`).waitFor();
    await page.getByRole("table", { name: "Authors" }).getByRole("rowheader", { name: AUTHOR }).waitFor();

    await page.getByRole("link", { name: "New article" }).click();
    const form = page.getByRole("form", { name: "New article" });
    await form.getByLabel("Title", { exact: true }).fill(TITLE);
    await form.getByLabel("Section", { exact: true }).selectOption({ label: "Career advice" });
    await form.getByLabel("Author", { exact: true }).selectOption({ label: AUTHOR });
    await form.getByLabel("Tags", { exact: true }).fill("Evaluation, careers");
    await form.getByRole("checkbox", { name: "MLOps" }).check();
    await form.getByLabel("Text", { exact: true }).fill(BODY);
    // The preview is the API's rendering: the heading, the list, and the glossary term linked to its page.
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByRole("heading", { level: 2, name: "Measuring models" }).waitFor();
    await expect(preview.getByRole("link", { name: "Fine-tuning" }).getAttribute("href")).resolves.toBe(webUrl("/glossary/fine-tuning"));
    await expect(preview.getByRole("listitem").allTextContents()).resolves.toEqual(["Build the test sets", "Run them on every release"]);
    await expect(preview.getByRole("heading", { level: 2, name: TITLE }).count()).resolves.toBe(1);

    // A summary is needed: refused beside the field before anything is sent.
    await form.getByRole("button", { name: "Create the article" }).click();
    await expect(fieldError(page, form.getByLabel("Summary", { exact: true }))).resolves.toBe("The summary can't be empty.");
    expect(await sql(`SELECT id FROM articles WHERE slug = $1`, [SLUG])).toEqual([]);
    await form.getByLabel("Summary", { exact: true }).fill("Test sets, release gates and the numbers behind them.");
    await saveScreenshot(page, "editor");
    await form.getByRole("button", { name: "Create the article" }).click();
    await page.getByText(`“${TITLE}” is saved as a draft.`).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/articles\/[A-Za-z0-9_-]+$/);
    const [row] = await sql<{ published_at: Date | null; tags: string[] }>(`SELECT published_at, tags FROM articles WHERE slug = $1`, [
      SLUG,
    ]);
    expect(row).toEqual({ published_at: null, tags: ["evaluation", "careers"] });

    // A draft has no page: a visitor finds nothing there, and crawlers are told so.
    const visitor = await browser.open(`/career-advice/${SLUG}`);
    try {
      await visitor.page.getByRole("heading", { name: "This article isn't here" }).waitFor();
      await expect(visitor.page.locator('meta[name="robots"][content="noindex"]').count()).resolves.toBeGreaterThan(0);
    } finally {
      await visitor.close();
    }

    // A time that has passed can't be a schedule.
    const edit = page.getByRole("form", { name: `Edit ${TITLE}` });
    await edit.getByRole("radio", { name: /Scheduled/ }).check();
    await edit.getByLabel("Goes live at (your time)").fill("2020-01-01T09:00");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(fieldError(page, edit.getByLabel("Goes live at (your time)"))).resolves.toBe(
      "Choose a time in the future, or publish it now.",
    );

    await edit.getByRole("radio", { name: /Published/ }).check();
    await edit.getByRole("button", { name: "Save changes" }).click();
    await page.getByText(`“${TITLE}” is published.`).waitFor();
    await page.getByRole("link", { name: "View it on the site" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("main").getByRole("link", { name: AUTHOR }).first().waitFor();
    await expect(page.getByRole("main").getByRole("link", { name: "Fine-tuning" }).first().getAttribute("href")).resolves.toBe(
      webUrl("/glossary/fine-tuning"),
    );
    expect(new URL(page.url()).pathname).toBe(`/career-advice/${SLUG}`);

    await page.setViewportSize(PHONE);
    await page.goBack();
    await page.getByRole("form", { name: `Edit ${TITLE}` }).waitFor();
    // Coming back shows the article as it is, not what the first save said.
    await expect(page.getByRole("radio", { name: /Published/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByText("is saved as a draft").count()).resolves.toBe(0);
    await saveScreenshot(page, "editor-phone", { fullPage: true });
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
    // The other browser tests read the same articles.
    await sql(`DELETE FROM articles WHERE slug = $1`, [SLUG]);
    await sql(`DELETE FROM article_authors WHERE name = $1`, [AUTHOR]);
  }
});
