import type { Locator, Page } from "playwright-core";
import { saveScreenshot, useBrowser } from "./support/browser";
import { filterCheckbox, jobTotal, urlParams, waitForCount } from "./support/jobs";

/** The error message shown for a form field: the element its aria-describedby points to. */
async function fieldError(page: Page, field: Locator): Promise<string> {
  await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");
  const id = await field.getAttribute("aria-describedby");
  expect(id).toBeTruthy();
  const error = page.locator(`[id="${id}"]`);
  await expect(error.getAttribute("role")).resolves.toBe("alert");
  return ((await error.textContent()) ?? "").trim();
}

const browser = useBrowser();

describe("job alerts", () => {
  test("'Create an alert from this search' carries the search to the alert form; a bad email gets a field error; a good one the confirmation", async () => {
    const total = await jobTotal({ seniorities: ["SENIOR"], remote: ["REMOTE"] });
    const { page, pageErrors, close } = await browser.open("/jobs?seniority=senior");
    try {
      await waitForCount(page, await jobTotal({ seniorities: ["SENIOR"] }));
      await filterCheckbox(page, "Remote policy", "Remote").check();
      await waitForCount(page, total);

      await page.getByRole("link", { name: "Create an alert from this search" }).click();
      await page.getByRole("heading", { level: 1, name: "Create a job alert" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/alerts");
      expect(urlParams(page)).toEqual({ seniority: "senior", remote: "remote" });
      // The search's filters are ticked in the form, and only they.
      const group = (name: string) => page.getByRole("group", { name });
      await expect(group("Remote policy").getByRole("checkbox", { name: "Remote", exact: true }).isChecked()).resolves.toBe(true);
      await expect(group("Remote policy").getByRole("checkbox", { name: "Hybrid", exact: true }).isChecked()).resolves.toBe(false);
      await expect(group("Seniority").getByRole("checkbox", { name: "Senior", exact: true }).isChecked()).resolves.toBe(true);
      await expect(group("Seniority").getByRole("checkbox", { name: "Lead", exact: true }).isChecked()).resolves.toBe(false);

      const email = page.getByRole("textbox", { name: "Email address" });
      const submit = page.getByRole("button", { name: "Create alert" });

      // Not an address at all: the form says so beside the field and puts the cursor back there.
      await email.fill("not-an-email");
      await submit.click();
      await expect(fieldError(page, email)).resolves.toBe("Enter an email address like name@example.com.");
      await expect(email.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

      // Shaped like an address, but the API refuses it (no real top-level domain): its message shows beside the field too.
      await email.fill("name@example.c");
      await submit.click();
      await page.getByRole("button", { name: "Create alert" }).waitFor();
      await page
        .getByRole("alert")
        .filter({ hasText: /valid email/i })
        .first()
        .waitFor();
      await expect(fieldError(page, email)).resolves.toMatch(/valid email/i);
      await expect(page.getByRole("heading", { name: "Check your inbox" }).count()).resolves.toBe(0);
      await saveScreenshot(page, "server-error", { fullPage: false });

      const address = `e2e-alert-${Date.now()}@example.com`;
      await email.fill(address);
      await submit.click();
      const confirmation = page.getByRole("region", { name: "Check your inbox" });
      await confirmation.waitFor();
      await expect(confirmation.textContent()).resolves.toContain(`An email is on its way to ${address}.`);
      await expect(confirmation.getByText(address, { exact: true }).isVisible()).resolves.toBe(true);
      await saveScreenshot(page, "confirmation", { fullPage: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
