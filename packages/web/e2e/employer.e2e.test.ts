import { createAccount, makeAdmin, sql, signIn, uniqueEmail, userMenu, userMenuButton } from "./support/accounts";
import { graphql, PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";

const browser = useBrowser();

test("an employer creates the company profile, and the dashboard shows a posting's views and apply clicks as people use the job page", async () => {
  const email = uniqueEmail("employer");
  await createAccount(email, undefined, "EMPLOYER");
  const { page, pageErrors, close } = await browser.openAsPerson("/");
  try {
    await signIn(page, email, undefined, "/employer");
    await page.getByRole("heading", { level: 1, name: "Your company" }).waitFor();
    const form = page.getByRole("form", { name: "Company profile" });
    const company = `E2E Robotics ${Date.now()}`;
    await form.getByLabel("Company name").fill(company);
    await form.getByLabel("Website").fill("http://robotics.example");
    await form.getByRole("button", { name: "Create the company profile" }).click();
    await form.getByText("Use an https:// address, e.g. https://example.com.").waitFor();
    await form.getByLabel("Website").fill("https://robotics.example");
    await form.getByLabel("Headquarters").fill("Toronto, Canada");
    await saveScreenshot(page, "company form");
    await form.getByRole("button", { name: "Create the company profile" }).click();
    await page.getByRole("heading", { level: 1, name: company }).waitFor();
    await page.getByRole("heading", { name: "No postings yet" }).waitFor();

    // A live posting of the company's (the posting form comes with the next part of this work).
    const [job] = await sql<{ slug: string; apply_url: string }>(
      `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, tags, apply_url, status, posted_at, valid_through, created_by)
       SELECT 'e2e-robotics-' || u.id, 'Robot Learning Engineer', 'Teach robots to pick things up.', u.company_id, (SELECT id FROM job_categories ORDER BY id LIMIT 1),
         'SENIOR', 'FULL_TIME', 'REMOTE', '{}', 'https://robotics.example/apply', 'PUBLISHED', now(), now() + interval '30 days', u.id
       FROM users u WHERE u.email = $1 RETURNING slug, apply_url`,
      [email],
    );
    await page
      .context()
      .route("https://robotics.example/**", (route) => route.fulfill({ contentType: "text/html", body: "<h1>Apply at Robotics</h1>" }));
    const viewed = page.waitForResponse((r) => r.url().includes("/job-views/") && r.status() === 204);
    await page.goto(webUrl(`/jobs/${job!.slug}`));
    await viewed;
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      page
        .getByRole("link", { name: /^Apply for this job/ })
        .first()
        .click(),
    ]);
    await popup.getByRole("heading", { name: "Apply at Robotics" }).waitFor();

    await page.goto(webUrl("/employer"));
    const row = page.getByRole("table", { name: "Your job postings" }).getByRole("row", { name: /Robot Learning Engineer/ });
    await row.waitFor();
    await expect(
      row
        .getByRole("cell")
        .allTextContents()
        .then((cells) => cells.slice(0, 4)),
    ).resolves.toEqual(["Published", "1", "1", "100.0%"]);
    // The figures download as CSV, one line per day.
    const csv = decodeURIComponent(
      (await row.getByRole("link", { name: "CSV" }).getAttribute("href"))!.replace(/^data:text\/csv;charset=utf-8,/, ""),
    );
    expect(csv.split("\r\n").at(-2)).toBe(`Robot Learning Engineer,${new Date().toISOString().slice(0, 10)},1,1`);
    await page.getByRole("list", { name: "Postings by status" }).getByText("Published: 1").waitFor();
    await page.getByRole("figure", { name: "Views and apply clicks, last 30 days" }).locator(".recharts-bar-rectangle").first().waitFor();
    await saveScreenshot(page, "dashboard");

    // Closing it takes it off the site at once.
    page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: "Close Robot Learning Engineer" }).click();
    await row.getByText("Closed", { exact: true }).waitFor();
    const gone = await graphql<{ job: unknown }>(
      `
        query E2eClosed($slug: String!) {
          job(slug: $slug) {
            id
          }
        }
      `,
      { slug: job!.slug },
    );
    expect(gone.job).toBeNull();
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }

  // On a phone the table scrolls inside its box; the page itself doesn't.
  const phone = await browser.newContext({ viewport: PHONE, locale: "en-US" });
  const small = await phone.newPage();
  try {
    await signIn(small, email, undefined, "/employer");
    await small.getByRole("table", { name: "Your job postings" }).waitFor();
    await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(small, "dashboard on a phone");
  } finally {
    await phone.close();
  }
});

test("a job seeker who opens the dashboard is told it is for employers; someone signed out is sent to sign in", async () => {
  const { page, close } = await browser.open("/employer");
  try {
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/employer");
    const email = uniqueEmail("seeker");
    await createAccount(email);
    await signIn(page, email, undefined, "/employer");
    await page.getByRole("heading", { name: "The dashboard is for employer accounts" }).waitFor();
  } finally {
    await close();
  }
});

test("an employer posts a job with a live preview and submits it on a plan; an admin marks the invoice paid and approves it; it is in public search", async () => {
  const email = uniqueEmail("poster");
  await createAccount(email, undefined, "EMPLOYER");
  const { page, pageErrors, close } = await browser.open("/");
  try {
    await signIn(page, email, undefined, "/employer");
    const company = page.getByRole("form", { name: "Company profile" });
    await company.getByLabel("Company name").fill(`Poster AI ${Date.now()}`);
    await company.getByRole("button", { name: "Create the company profile" }).click();
    await page.getByRole("link", { name: "Post a job" }).click();
    await page.getByRole("heading", { level: 1, name: "Post a job" }).waitFor();

    const form = page.getByRole("form", { name: "Job posting" });
    const preview = page.getByRole("region", { name: "Preview of the job page" });
    const title = `Multimodal Research Engineer ${Date.now()}`;
    await form.getByLabel("Job title").fill(title);
    await preview.getByRole("heading", { level: 1, name: title }).waitFor();
    await form.getByRole("button", { name: "Submit and get the invoice" }).click();
    await form.getByText("Pick a category.").waitFor(); // checked before anything is sent

    await form.getByLabel("Category").selectOption({ index: 1 });
    await form.getByLabel("Seniority").selectOption("SENIOR");
    await form.getByRole("group", { name: "Locations" }).getByRole("checkbox").first().check();
    await form.getByLabel("Minimum salary").fill("150000");
    await form.getByLabel("Maximum salary").fill("190000");
    await form.getByLabel("Skills and tags").fill("PyTorch, multimodal");
    await form.getByLabel("Where to apply").fill("jobs@poster.example");
    await form.getByLabel("Description").fill("## The role\n\nTrain **vision-language** models on our data, from research to production.");
    // The preview is the job page's own parts, the description rendered by the API.
    await preview.getByRole("heading", { level: 2, name: "The role" }).waitFor();
    await expect(preview.locator("strong").textContent()).resolves.toBe("vision-language");
    await expect(preview.getByText("$150k–$190k / year").isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "post a job");

    // Saved as a draft, then opened again from the dashboard: the form comes back as it was left.
    await form.getByRole("button", { name: "Save draft" }).click();
    await form.getByRole("status").getByText("Draft saved.", { exact: false }).waitFor();
    await page.goto(webUrl("/employer"));
    await page.getByRole("link", { name: `Edit ${title}` }).click();
    await page.getByRole("heading", { level: 1, name: "Edit a posting" }).waitFor();
    const edit = page.getByRole("form", { name: "Job posting" });
    await expect(edit.getByLabel("Job title").inputValue()).resolves.toBe(title);
    await expect(edit.getByLabel("Where to apply").inputValue()).resolves.toBe("jobs@poster.example");
    await preview.getByRole("heading", { level: 2, name: "The role" }).waitFor();

    await form.getByLabel(/^Basic/).check();
    await form.getByRole("button", { name: "Submit and get the invoice" }).click();
    const notice = form.getByRole("status");
    await notice.getByText(/Submitted on Basic\. Invoice HAI-\d{4}-\d{6} \(\$199\)/).waitFor();
    const invoice = /HAI-\d{4}-\d{6}/.exec((await notice.textContent()) ?? "")![0];

    await page.goto(webUrl("/employer"));
    const row = page.getByRole("table", { name: "Your job postings" }).getByRole("row", { name: new RegExp(title) });
    await row.getByText(`Invoice ${invoice} waiting for payment`).waitFor();
    await expect(row.getByRole("cell").first().textContent()).resolves.toBe("Draft");

    // An admin, on the admins' page, marks the invoice paid, then approves the posting: it is public.
    const adminEmail = uniqueEmail("admin");
    await createAccount(adminEmail);
    await makeAdmin(adminEmail);
    const desk = await browser.open("/");
    try {
      await signIn(desk.page, adminEmail);
      await userMenuButton(desk.page, adminEmail).click();
      await userMenu(desk.page).getByRole("link", { name: "Review postings" }).click();
      await desk.page.getByRole("heading", { level: 1, name: "Review postings" }).waitFor();
      await desk.page.getByRole("button", { name: `Mark ${invoice} paid` }).click();
      const card = desk.page.getByRole("article", { name: title });
      await card.getByText("vision-language").waitFor(); // the description as the job page will show it
      await saveScreenshot(desk.page, "review");
      await card.getByRole("button", { name: "Approve and publish" }).click();
      await card.waitFor({ state: "detached" });
      expect(desk.pageErrors).toEqual([]);
    } finally {
      await desk.close();
    }
    await page.goto(webUrl(`/jobs?q=${encodeURIComponent(title)}`));
    await page.getByRole("link", { name: title }).first().waitFor();
    await page.goto(webUrl("/employer"));
    await expect(row.getByRole("cell").first().textContent()).resolves.toBe("Published");
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
