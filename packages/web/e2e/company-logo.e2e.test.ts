import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { createAccount, fieldError, signIn, sql, uniqueEmail } from "./support/accounts";
import { DESKTOP, PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";

// sharp is the API's dependency, not the web app's: load it from there, to make the test's images.
/** The little of sharp this file uses. */
interface SharpImage {
  composite(layers: { input: Buffer }[]): SharpImage;
  png(): SharpImage;
  toBuffer(): Promise<Buffer>;
}
const sharp = createRequire(resolve(__dirname, "../../api/package.json"))("sharp") as (options: {
  create: { width: number; height: number; channels: 4; background: string };
}) => SharpImage;

const browser = useBrowser();

/** A logo: a blue square with a white disc, as a PNG. */
async function logoPng(): Promise<Buffer> {
  const disc = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><circle cx="150" cy="150" r="100" fill="#fff"/></svg>',
  );
  return sharp({ create: { width: 300, height: 300, channels: 4, background: "#1f4fd1" } })
    .composite([{ input: disc }])
    .png()
    .toBuffer();
}

/** The first image matching `selector` once it has loaded: its URL and how wide it decoded to. */
async function loadedImage(page: Page, selector: string): Promise<{ src: string; naturalWidth: number }> {
  const img = page.locator(selector).first();
  await img.waitFor();
  await page.waitForFunction(
    (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
    await img.elementHandle(),
  );
  return img.evaluate((el: HTMLImageElement) => ({ src: el.src, naturalWidth: el.naturalWidth }));
}

test("an employer uploads the company's logo with its profile; the public company page and its job page show it, with the Markdown description sanitised and the verified badge", async () => {
  const email = uniqueEmail("logo");
  await createAccount(email, undefined, "EMPLOYER");
  const { page, pageErrors, close } = await browser.openAsPerson("/");
  try {
    await signIn(page, email, undefined, "/employer");
    await page.getByRole("heading", { level: 1, name: "Your company" }).waitFor();
    const form = page.getByRole("form", { name: "Company profile" });
    const company = `Logo Robotics ${Date.now()}`;
    await form.getByLabel("Company name").fill(company);
    await form
      .getByLabel("About the company (Markdown)")
      .fill("We teach **robots** to pick things up.\n\n[Our lab](https://robots.example/lab)\n\n<script>window.pwned = true</script>");

    // A text file named like an image is refused at once, and says why.
    const logoInput = form.getByLabel("Logo");
    await logoInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("Not an image at all.\n") });
    expect(await fieldError(page, logoInput)).toMatch(/isn't a PNG, JPEG or WebP image/);
    // A real PNG is shown as it will look.
    await logoInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await logoPng() });
    await expect(loadedImage(page, 'img[alt="The logo you picked"]')).resolves.toMatchObject({ naturalWidth: 300 });
    await saveScreenshot(page, "company form with a logo");
    await form.getByRole("button", { name: "Create the company profile" }).click();
    await page.getByRole("heading", { level: 1, name: company }).waitFor();

    // The dashboard's logo card shows the uploaded logo, served by the API.
    const card = page.getByRole("region", { name: "Company logo" });
    const [row] = await sql<{ slug: string }>(`SELECT c.slug FROM companies c JOIN users u ON u.company_id = c.id WHERE u.email = $1`, [
      email,
    ]);
    const slug = row!.slug;
    const onDashboard = await loadedImage(page, `section:has(h2:text-is("Company logo")) img.company-logo`);
    expect(onDashboard.src).toMatch(new RegExp(`/logos/${slug}/256-[0-9a-f]{16}\\.webp$`));
    await card.getByRole("button", { name: "Remove logo" }).waitFor();
    await saveScreenshot(page, "dashboard logo card");

    // The public company page: the logo (a real image, loaded under the site's CSP), the description as sanitised HTML.
    await sql(`UPDATE companies SET verified = true WHERE slug = $1`, [slug]);
    await page.goto(webUrl(`/companies/${slug}`));
    const header = page.locator("header.card");
    await header.getByRole("heading", { level: 1, name: company }).waitFor();
    const onProfile = await loadedImage(page, "header.card img.company-logo");
    expect(onProfile).toEqual({ src: expect.stringMatching(new RegExp(`/logos/${slug}/256-[0-9a-f]{16}\\.webp$`)), naturalWidth: 256 });
    await header.getByText("✓ Verified").waitFor();
    await expect(header.locator("strong").textContent()).resolves.toBe("robots");
    const link = header.getByRole("link", { name: "Our lab" });
    await expect(link.getAttribute("href")).resolves.toBe("https://robots.example/lab");
    await expect(link.getAttribute("rel")).resolves.toBe("nofollow noopener noreferrer");
    await header.getByText("<script>window.pwned = true</script>").waitFor();
    await expect(page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).resolves.toBeUndefined();
    await saveScreenshot(page, "public company page");
    await page.setViewportSize(PHONE);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(page, "public company page on a phone", { fullPage: false });
    await page.setViewportSize(DESKTOP);

    // Its job's page shows the logo (the 128 px square for a 64 px logo) and the badge too.
    const [job] = await sql<{ slug: string }>(
      `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, tags, apply_url, status, posted_at, valid_through, created_by)
       SELECT 'e2e-logo-' || u.id, 'Robot Vision Engineer', 'See what the robot sees.', u.company_id, (SELECT id FROM job_categories ORDER BY id LIMIT 1),
         'SENIOR', 'FULL_TIME', 'REMOTE', '{}', 'https://robots.example/apply', 'PUBLISHED', now(), now() + interval '30 days', u.id
       FROM users u WHERE u.email = $1 RETURNING slug`,
      [email],
    );
    await page.goto(webUrl(`/jobs/${job!.slug}`));
    await page.getByRole("heading", { level: 1, name: "Robot Vision Engineer" }).waitFor();
    const onJob = await loadedImage(page, "main header img.company-logo");
    expect(onJob).toEqual({ src: expect.stringMatching(new RegExp(`/logos/${slug}/128-[0-9a-f]{16}\\.webp$`)), naturalWidth: 128 });
    await page.locator("main header").getByText("✓ Verified").waitFor();

    // Back on the dashboard: a polyglot (a PNG with a page after it) is refused by the API, which says why; then the logo is removed.
    await page.goto(webUrl("/employer"));
    const input = card.getByLabel("Logo");
    await input.setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: Buffer.concat([await logoPng(), Buffer.from("<html><script>alert(1)</script></html>")]),
    });
    await card.getByRole("button", { name: "Upload logo" }).click();
    expect(await fieldError(page, input)).toMatch(/data after the end of the image/);
    await saveScreenshot(page, "dashboard logo refused");
    await input.setInputFiles([]);
    await card.getByRole("button", { name: "Remove logo" }).click();
    await card.getByText("Logo removed.").waitFor();
    await page.goto(webUrl(`/companies/${slug}`));
    await header.getByRole("heading", { level: 1, name: company }).waitFor();
    await header.locator(".company-logo--initial").waitFor();
    expect(await header.locator("img.company-logo").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }

  // On a phone the company page and the dashboard's card fit the screen.
  const phone = await browser.newContext({ viewport: PHONE, locale: "en-US" });
  const small = await phone.newPage();
  try {
    await signIn(small, email, undefined, "/employer");
    await small.getByRole("region", { name: "Company logo" }).waitFor();
    await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await small.getByRole("region", { name: "Company logo" }).scrollIntoViewIfNeeded();
    await saveScreenshot(small, "dashboard logo card on a phone", { fullPage: false });
  } finally {
    await phone.close();
  }
});

test("a logo refused after the profile is created: the profile is kept, and the dashboard's logo card says why", async () => {
  const email = uniqueEmail("logo-refused");
  await createAccount(email, undefined, "EMPLOYER");
  const { page, pageErrors, close } = await browser.openAsPerson("/");
  try {
    await signIn(page, email, undefined, "/employer");
    const form = page.getByRole("form", { name: "Company profile" });
    const company = `Polyglot Labs ${Date.now()}`;
    await form.getByLabel("Company name").fill(company);
    // A PNG with a script after its end: the form's own check (the first bytes) passes it; the API doesn't.
    const png = await sharp({ create: { width: 64, height: 64, channels: 4, background: "#1f4fd1" } })
      .png()
      .toBuffer();
    await form.getByLabel("Logo").setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: Buffer.concat([png, Buffer.from("<script>alert(1)</script>")]),
    });
    await form.getByRole("button", { name: "Create the company profile" }).click();
    await page.getByRole("heading", { level: 1, name: company }).waitFor();
    const card = page.getByRole("region", { name: "Company logo" });
    expect(await fieldError(page, card.getByLabel("Logo"))).toMatch(
      /^Your profile is saved, but not its logo: The file has data after the end/,
    );
    await card.locator(".company-logo--initial").waitFor();
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
