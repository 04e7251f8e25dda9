import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { webSecurityHeaders } from "../security-headers.cjs";
import { DESKTOP, saveScreenshot, useBrowser, webUrl } from "./support/browser";
import { jobTotal, waitForCount } from "./support/jobs";

const browser = useBrowser();
// vite preview (vite.config.ts) names the API's public URL, where uploaded logos come from: the API's default, http://localhost:PORT.
const expected = webSecurityHeaders(undefined, `http://localhost:${new URL(process.env.E2E_API_URL!).port}`);

test("every response of the web app carries its security headers: the shell, a deep link, an asset", async () => {
  const shell = await fetch(webUrl("/"));
  const html = await shell.text();
  const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)![1];
  for (const path of ["/", "/jobs/category/generative-ai", asset]) {
    const res = await fetch(webUrl(path));
    expect(res.status).toBe(200);
    for (const [name, value] of Object.entries(expected)) expect([path, name, res.headers.get(name)]).toEqual([path, name, value]);
  }
  expect(expected["Content-Security-Policy"]).toMatch(/frame-ancestors 'none'/);
});

test("the app runs under its CSP: no violation while a page renders and queries the API", async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  try {
    await page.goto(webUrl("/jobs"));
    // The count comes from the API: the page's scripts ran and its request went through.
    await waitForCount(page, await jobTotal({}));
    await saveScreenshot(page, "csp-jobs-page");
    expect(violations).toEqual([]);
  } finally {
    await context.close();
  }
});

test("nginx (docker compose) sends the same headers from every location", () => {
  const conf = readFileSync(resolve(__dirname, "../nginx.conf"), "utf8");
  const locations = conf.match(/location [^{]+\{[^}]*\}/g)!;
  expect(locations.length).toBeGreaterThan(0);
  for (const block of locations) expect(block).toContain("include /etc/nginx/snippets/security-headers.conf;");
  expect(readFileSync(resolve(__dirname, "../Dockerfile"), "utf8")).toMatch(
    /security-headers\.cjs --nginx "\$VITE_API_URL" > \/app\/security-headers\.conf/,
  );
});
