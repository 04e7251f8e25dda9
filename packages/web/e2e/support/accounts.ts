import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { graphql, webUrl } from "./browser";

/**
 * Accounts for the browser tests: the API's database (the email outbox, a role only SQL can give),
 * people made through the API, and the header's user menu as a person sees it.
 */

interface PgClient {
  connect(): Promise<void>;
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}

// `pg` is the API's dependency, not the web app's: load it from there.
const { Client } = createRequire(resolve(__dirname, "../../../api/package.json"))("pg") as {
  Client: new (config: { connectionString: string }) => PgClient;
};

/** Runs one statement on the API's database (E2E_DATABASE_URL, set by global-setup.cjs). */
export async function sql<R = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<R[]> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through Jest (e2e/global-setup.cjs sets it)");
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** An address no other test (or earlier run) uses. */
export function uniqueEmail(prefix: string): string {
  return `e2e-${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** A password the API's strength check accepts. */
export const GOOD_PASSWORD = "orbit candle marsh velvet";

/**
 * The newest link to `path` (e.g. "/account/verify-email") in an email to `to`, read from the outbox
 * table the API writes every message to. Waits a little: the message is written as the mutation answers.
 */
export async function emailedLink(to: string, path: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rows = await sql<{ text_body: string }>(`SELECT text_body FROM email_outbox WHERE to_address = $1 ORDER BY id DESC`, [to]);
    for (const { text_body } of rows) {
      const link = new RegExp(`https?://[^\\s]+${path.replace(/[/.]/g, "\\$&")}\\?token=[\\w-]+`).exec(text_body)?.[0];
      if (link) return link;
    }
    if (Date.now() > deadline) throw new Error(`no email to ${to} with a ${path} link; its messages: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A verified account, made through the API as the sign-up form would (sign up, then follow the emailed link). */
export async function createAccount(
  email: string,
  password = GOOD_PASSWORD,
  role: "JOB_SEEKER" | "EMPLOYER" = "JOB_SEEKER",
): Promise<void> {
  await graphql(
    `
      mutation E2eSignUp($input: SignUpInput!) {
        signUp(input: $input) {
          message
        }
      }
    `,
    { input: { email, password, role } },
  );
  const token = new URL(await emailedLink(email, "/account/verify-email")).searchParams.get("token");
  await graphql(
    `
      mutation E2eVerify($input: TokenInput!) {
        verifyEmail(input: $input) {
          viewer {
            id
          }
        }
      }
    `,
    { input: { token } },
  );
}

/** Makes the account an admin: no form does that (admins are made by other admins, or `pnpm admin:create`). */
export async function makeAdmin(email: string): Promise<void> {
  const rows = await sql(`UPDATE users SET role = 'ADMIN' WHERE email = $1 RETURNING id`, [email]);
  expect(rows).toHaveLength(1);
}

/** Signs in through the sign-in page (`next` is where it should land). */
export async function signIn(page: Page, email: string, password = GOOD_PASSWORD, next?: string): Promise<void> {
  await page.goto(webUrl(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"));
  const form = page.getByRole("main");
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await userMenuButton(page, email).waitFor();
}

/** The header's user menu button: its accessible name is the signed-in email. */
export function userMenuButton(page: Page, email: string): Locator {
  return page.getByRole("banner").getByRole("button", { name: email, exact: true });
}

/** The user menu's panel (a navigation landmark named "Account"). */
export function userMenu(page: Page): Locator {
  return page.getByRole("banner").getByRole("navigation", { name: "Account" });
}

/** The header's "Sign in" link, shown while nobody is signed in. */
export function signInLink(page: Page): Locator {
  return page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true });
}

/** The error message shown for a form field: the element its aria-describedby points to (role alert). */
export async function fieldError(page: Page, field: Locator): Promise<string> {
  await field.and(page.locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ").filter((id) => id.endsWith("-error"));
  expect(ids).toHaveLength(1);
  const error = page.locator(`[id="${ids[0]}"]`);
  await expect(error.getAttribute("role")).resolves.toBe("alert");
  return ((await error.textContent()) ?? "").trim();
}
