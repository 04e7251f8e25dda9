import { saveScreenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

describe("GraphQL playground", () => {
  test("the API serves it at /graphql with everything it needs: offline, it runs the example query", async () => {
    const api = new URL(process.env.E2E_API_URL!);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    // Offline: anything not asked of the API itself fails, and is noted.
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.host === api.host) return route.continue();
      elsewhere.push(url.toString());
      return route.abort();
    });
    const page = await context.newPage();
    // The playground is a large app (an editor with language services): give it time on a busy machine.
    page.setDefaultTimeout(60_000);
    const pageErrors: Error[] = [];
    page.on("pageerror", (error) => pageErrors.push(error));
    // The playground runs under the API's CSP for it: a script or worker it blocks would show here, and
    // so would anything it asks for that isn't there (a missing icon: "Failed to load resource ... 404").
    const violations: string[] = [];
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      else if (message.type() === "error") consoleErrors.push(message.text());
    });
    try {
      await page.goto(api.toString());
      // Ready once the editor shows the example query.
      await page.locator(".graphiql-query-editor").getByText("LatestJobs").first().waitFor();
      const answered = page.waitForResponse((r) => r.request().method() === "POST" && /LatestJobs/.test(r.request().postData() ?? ""));
      await page.locator(".graphiql-execute-button").click();
      const response = await answered;
      expect(response.status()).toBe(200);
      // The example lists Generative AI jobs from the seeded database.
      await page.locator(".graphiql-response").getByText('"totalCount"').waitFor();
      await saveScreenshot(page, "graphql-playground");
      expect(elsewhere).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
