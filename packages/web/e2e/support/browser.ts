import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where screenshots go: git-ignored (`test-results/` in the root .gitignore), for people to look at. */
export const SCREENSHOT_DIR = resolve(__dirname, "../../test-results/screenshots");

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through Jest (e2e/global-setup.cjs sets it)`);
  return value;
}

/** The built SPA, served by vite preview (global-setup.cjs). */
export function webUrl(path = "/"): string {
  return new URL(path, requiredEnv("E2E_WEB_URL")).toString();
}

/** A GraphQL request straight to the API the SPA uses; throws on GraphQL errors. */
export async function graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(requiredEnv("E2E_API_URL"), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors || !body.data) throw new Error(`GraphQL request failed (${res.status}): ${JSON.stringify(body)}`);
  return body.data;
}

/** Headless Chromium (Debian's `chromium`, or CHROMIUM_PATH). */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A person's Chrome on Linux, as its user agent says. */
export const PERSONS_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions thrown by the page's scripts so far. */
  pageErrors: Error[];
  /** Closes the page's own browser context. */
  close(): Promise<void>;
}

/**
 * One Chromium for the test file, launched before its tests and closed after them; call it at the
 * top level. `open` shows a path of the SPA; `newContext` is for anything else.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: (path: string, viewport = DESKTOP) => openPage(browser!, path, viewport),
    /** Like `open`, as a person's Chrome would: the API counts its views and clicks (HeadlessChrome is a bot to it). */
    openAsPerson: (path: string, viewport = DESKTOP) => openPage(browser!, path, viewport, PERSONS_CHROME),
    newContext: (options: Parameters<Browser["newContext"]>[0]) => browser!.newContext(options),
  };
}

/** Opens `path` of the SPA in a fresh context (no shared cookies or cache) at the given viewport. */
async function openPage(browser: Browser, path: string, viewport = DESKTOP, userAgent?: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: "en-US", ...(userAgent ? { userAgent } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: Error[] = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  await page.goto(webUrl(path));
  return { page, pageErrors, close: () => context.close() };
}

/** A slug of free text: "home page shows ..." -> "home-page-shows-...". */
function slug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/**
 * A file name from the running test's full name, plus the suffix when a test saves several:
 * "job alerts works" + "confirmation" -> "job-alerts-works--confirmation.png". The name is shortened,
 * never the suffix, so a test's screenshots cannot overwrite each other.
 */
function screenshotName(name: string, suffix?: string): string {
  return suffix ? `${slug(name, 100)}--${slug(suffix, 60)}.png` : `${slug(name, 120)}.png`;
}

/**
 * Saves a screenshot under packages/web/test-results/screenshots/, named after the running test
 * (plus `suffix` when a test takes several): the full page, or with `{ fullPage: false }` what the
 * viewport shows (quicker, and at phone width a readable picture). Returns the file's path.
 */
export async function saveScreenshot(page: Page, suffix?: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const testName = expect.getState().currentTestName ?? "screenshot";
  const file = join(SCREENSHOT_DIR, screenshotName(testName, suffix));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
