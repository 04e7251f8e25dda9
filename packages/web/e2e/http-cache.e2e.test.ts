import type { Page } from "playwright-core";
import { createAccount, signIn, uniqueEmail, userMenuButton } from "./support/accounts";
import { DESKTOP, useBrowser, webUrl } from "./support/browser";

const browser = useBrowser();

interface Exchange {
  method: string;
  operation: string | null;
  hashOnly: boolean;
  status: number;
  cacheControl: string | null;
}

/** Every /graphql request the page makes from now on, with what came back. */
function recordGraphql(page: Page): Exchange[] {
  const seen: Exchange[] = [];
  page.on("response", async (response) => {
    const request = response.request();
    const url = new URL(request.url());
    if (url.pathname !== "/graphql") return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    seen.push({
      method: request.method(),
      operation: url.searchParams.get("operationName") ?? body?.operationName ?? null,
      hashOnly: url.searchParams.has("extensions") && !url.searchParams.has("query"),
      status: response.status(),
      cacheControl: (await response.allHeaders())["cache-control"] ?? null,
    });
  });
  return seen;
}

/** The home page, loaded until its latest jobs are listed and the network is quiet. */
async function loadHome(page: Page): Promise<void> {
  await page.goto(webUrl("/"));
  await page.getByRole("region", { name: "Latest AI jobs" }).locator("a[href^='/jobs/']").first().waitFor();
  await page.waitForLoadState("networkidle");
}

describe("the web app's reads a CDN can cache", () => {
  test("a visitor's queries go by hash over GET, and the public ones come back cacheable by anyone", async () => {
    // Twice in fresh browsers: the first visit may teach the API queries it hasn't seen (a miss, then a POST).
    for (const visit of ["first", "second"]) {
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      const seen = recordGraphql(page);
      await loadHome(page);
      await context.close();
      if (visit === "first") continue;

      expect(seen.length).toBeGreaterThan(0);
      for (const exchange of seen) expect(exchange).toMatchObject({ method: "GET", hashOnly: true, status: 200 });
      const publicOnes = seen.filter((e) => e.cacheControl?.startsWith("public"));
      expect(publicOnes.length).toBeGreaterThan(0);
      for (const exchange of publicOnes) expect(exchange.cacheControl).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
      // Who is signed in (nobody, here) is never shared.
      const viewer = seen.filter((e) => e.operation === "ViewerQuery");
      expect(viewer.length).toBeGreaterThan(0);
      for (const exchange of viewer) expect(exchange.cacheControl).toBe("no-store");
    }
  });

  test("signed in, the same pages still read over GET with the session cookie, and nothing comes back public", async () => {
    const email = uniqueEmail("cache");
    await createAccount(email);
    const context = await browser.newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await signIn(page, email);
      const seen = recordGraphql(page);
      await loadHome(page);
      await userMenuButton(page, email).waitFor();

      const gets = seen.filter((e) => e.method === "GET");
      expect(gets.length).toBeGreaterThan(0);
      for (const exchange of seen) {
        expect(exchange.status).toBe(200);
        expect(exchange.cacheControl).toBe("no-store");
      }
    } finally {
      await context.close();
    }
  });
});
