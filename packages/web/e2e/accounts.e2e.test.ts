import type { Page } from "playwright-core";
import {
  createAccount,
  emailedLink,
  fieldError,
  GOOD_PASSWORD,
  makeAdmin,
  signIn,
  signInLink,
  sql,
  uniqueEmail,
  userMenu,
  userMenuButton,
} from "./support/accounts";
import { graphql, PHONE, saveScreenshot, useBrowser, webUrl } from "./support/browser";
import { horizontalOverflow } from "./support/jobs";

const browser = useBrowser();

/** The path and query the page is on. */
function at(page: Page): { path: string; next: string | null } {
  const url = new URL(page.url());
  return { path: url.pathname, next: url.searchParams.get("next") };
}

describe("accounts", () => {
  test("sign up, verify from the emailed link, sign out, sign in again, see the session and sign out everywhere", async () => {
    const email = uniqueEmail("journey");
    const { page, pageErrors, close } = await browser.open("/");
    try {
      // Signed out: the header offers "Sign in", which leads to the sign-in page and from there to sign-up.
      await signInLink(page).click();
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      await saveScreenshot(page, "sign-in", { fullPage: false });
      await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
      await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
      expect(at(page).path).toBe("/sign-up");

      const main = page.getByRole("main");
      const emailField = main.getByLabel("Email address");
      const password = main.getByLabel("Password", { exact: true });
      await expect(emailField.getAttribute("autocomplete")).resolves.toBe("email");
      await expect(password.getAttribute("autocomplete")).resolves.toBe("new-password");
      await expect(main.getByRole("radio", { name: /I'm looking for work/ }).isChecked()).resolves.toBe(true);
      await main.getByRole("radio", { name: /I'm hiring/ }).check();
      await main.getByRole("radio", { name: /I'm looking for work/ }).check();

      // Too short: said beside the field before anything is sent.
      await emailField.fill(email);
      await password.fill("short");
      await main.getByRole("button", { name: "Create account" }).click();
      await expect(fieldError(page, password)).resolves.toBe("Use at least 10 characters.");

      // Long enough but easy to guess: the API refuses it, in its words, beside the field.
      await password.fill("password123");
      await main.getByRole("button", { name: "Create account" }).click();
      await main.getByRole("alert").filter({ hasText: "too easy to guess" }).waitFor();
      await expect(fieldError(page, password)).resolves.toBe("This password is too easy to guess. A few unrelated words work well.");
      await saveScreenshot(page, "sign-up field error", { fullPage: false });

      await password.fill(GOOD_PASSWORD);
      await main.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("heading", { level: 1, name: "Check your inbox" }).waitFor();
      await main.getByText(email, { exact: true }).waitFor();

      // The emailed link verifies the address and signs in: the header shows who.
      await page.goto(await emailedLink(email, "/account/verify-email"));
      await page.getByRole("heading", { level: 1, name: "Welcome to HiredinAI" }).waitFor();
      await expect(main.getByRole("status").textContent()).resolves.toContain(`Your email address ${email} is verified`);
      await userMenuButton(page, email).waitFor();
      await expect(userMenuButton(page, email).isVisible()).resolves.toBe(true);
      await saveScreenshot(page, "verified", { fullPage: false });
      await userMenuButton(page, email).click();
      await userMenu(page).getByRole("link", { name: "Account" }).waitFor();
      await expect(userMenu(page).getByRole("link", { name: "GraphQL playground" }).count()).resolves.toBe(0);
      await saveScreenshot(page, "user menu", { fullPage: false });
      await page.keyboard.press("Escape");
      await userMenu(page).waitFor({ state: "hidden" });

      // Sign out from the user menu: the header offers "Sign in" again.
      await userMenuButton(page, email).click();
      await userMenu(page).getByRole("button", { name: "Sign out" }).click();
      await signInLink(page).waitFor();
      await expect(userMenuButton(page, email).count()).resolves.toBe(0);

      // A wrong password is said beside the password field.
      await page.goto(webUrl("/sign-in?next=/account"));
      const signInPassword = main.getByLabel("Password", { exact: true });
      await expect(signInPassword.getAttribute("autocomplete")).resolves.toBe("current-password");
      await main.getByLabel("Email address").fill(email);
      await signInPassword.fill("not my password at all");
      await main.getByRole("button", { name: "Sign in" }).click();
      await expect(fieldError(page, signInPassword)).resolves.toBe("Email or password is incorrect.");
      await expect(signInPassword.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await saveScreenshot(page, "wrong password", { fullPage: false });

      // The right one signs in and goes on to `next`.
      await signInPassword.fill(GOOD_PASSWORD);
      await main.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
      expect(at(page).path).toBe("/account");
      await userMenuButton(page, email).waitFor();

      // The account page: the address, verified, and this browser's session, marked.
      const profile = page.getByRole("region", { name: "Profile" });
      await profile.getByText(email, { exact: true }).waitFor();
      await profile.getByText("Verified", { exact: true }).waitFor();
      const sessions = page.getByRole("list", { name: "Sessions" });
      await sessions.getByText("This device").waitFor();
      await expect(sessions.getByRole("listitem").count()).resolves.toBe(1);
      await expect(sessions.getByRole("listitem").first().textContent()).resolves.toMatch(/^Chrome on Linux/);

      // A script signs in too (a bearer session): after a reload it is listed, and "Sign out" ends it.
      await graphql(
        `
          mutation E2eBearer($input: SignInInput!) {
            signIn(input: $input) {
              expiresAt
            }
          }
        `,
        {
          input: { email, password: GOOD_PASSWORD, bearer: true },
        },
      );
      await page.reload();
      await sessions.getByRole("listitem").nth(1).waitFor();
      await expect(sessions.getByRole("listitem").count()).resolves.toBe(2);
      await saveScreenshot(page, "account", { fullPage: true });
      await sessions.getByRole("button", { name: /^Sign out / }).click();
      await sessions.getByRole("listitem").nth(1).waitFor({ state: "detached" });
      await expect(sessions.getByRole("listitem").count()).resolves.toBe(1);

      // Sign out everywhere: back to the sign-in page, signed out, every session of the account ended.
      await page.getByRole("button", { name: "Sign out everywhere" }).click();
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      await main.getByRole("status").filter({ hasText: "signed out everywhere" }).waitFor();
      await signInLink(page).waitFor();
      const live = await sql<{ n: string }>(`SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [
        email,
      ]);
      expect(Number(live[0]!.n)).toBe(0);

      // The account page now sends you to sign in first, and back afterwards.
      await page.goto(webUrl("/account"));
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      expect(at(page)).toEqual({ path: "/sign-in", next: "/account" });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("an admin opens the GraphQL playground from the user menu and runs a query as admin, with no request leaving this machine", async () => {
    const email = uniqueEmail("admin");
    await createAccount(email);
    await makeAdmin(email);

    const { page, pageErrors, close } = await browser.open("/sign-in");
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && !["localhost", "127.0.0.1"].includes(url.hostname)) elsewhere.push(url.toString());
    });
    // The playground is a large app (an editor with language services): give it time on a busy machine.
    page.setDefaultTimeout(60_000);
    try {
      await signIn(page, email);
      await userMenuButton(page, email).click();
      const menu = userMenu(page);
      await menu.getByText("Admin", { exact: true }).waitFor();
      await saveScreenshot(page, "admin user menu", { fullPage: false });
      const playground = menu.getByRole("link", { name: "GraphQL playground" });
      await expect(playground.getAttribute("href")).resolves.toBe("/graphql");

      // A page load of the API's playground, on the app's own origin (proxied), so the session cookie goes along.
      await playground.click();
      await page.waitForURL((url) => url.pathname === "/graphql");
      expect(new URL(page.url()).origin).toBe(new URL(webUrl("/")).origin);
      const editor = page.locator(".graphiql-query-editor");
      await editor.getByText("LatestJobs").first().waitFor();

      // Replace the example with a query about who is asking, and run it.
      await editor.click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("Backspace");
      await page.keyboard.insertText("{ viewer { email role } }");
      await editor.getByText("viewer").first().waitFor();
      // GraphiQL works out the operation's name a moment after an edit; a run clicked before that sends the
      // example's name ("LatestJobs"), which the API rightly refuses (400: no such operation). Run it again then.
      const run = async () => {
        const answered = page.waitForResponse((r) => r.request().method() === "POST" && /viewer/.test(r.request().postData() ?? ""));
        await page.locator(".graphiql-execute-button").click();
        return answered;
      };
      let response = await run();
      for (let attempt = 1; attempt < 5 && response.status() === 400; attempt++) {
        expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }] });
        response = await run();
      }
      expect(response.status()).toBe(200);
      await expect(response.json()).resolves.toMatchObject({ data: { viewer: { email, role: "ADMIN" } } });
      await page.locator(".graphiql-response").getByText('"ADMIN"').waitFor();
      await saveScreenshot(page, "playground as admin", { fullPage: false });

      expect(elsewhere).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("sign-in throttling", () => {
  test("the sixth wrong password in a minute is refused above the form, in the product's words", async () => {
    const email = uniqueEmail("throttle");
    await createAccount(email);
    const { page, pageErrors, close } = await browser.open("/sign-in");
    try {
      const main = page.getByRole("main");
      const password = main.getByLabel("Password", { exact: true });
      await main.getByLabel("Email address").fill(email);
      for (let attempt = 1; attempt <= 5; attempt++) {
        // Editing the field hides its last error; the answer to this attempt brings it back.
        await password.fill(`wrong password number ${attempt}`);
        await main.getByRole("button", { name: "Sign in" }).click();
        await expect(fieldError(page, password)).resolves.toBe("Email or password is incorrect.");
      }
      await password.fill(GOOD_PASSWORD);
      await main.getByRole("button", { name: "Sign in" }).click();
      await main.getByRole("alert").filter({ hasText: "Too many attempts — wait a minute and try again." }).waitFor();
      await expect(password.getAttribute("aria-invalid")).resolves.toBe("false");
      await expect(signInLink(page).isVisible()).resolves.toBe(true);
      await saveScreenshot(page, "rate limited", { fullPage: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("the emailed links", () => {
  test("forgot password leads to a new one that signs in; the account page changes the password and the email", async () => {
    const email = uniqueEmail("links");
    const newEmail = uniqueEmail("links-new");
    await createAccount(email);
    const { page, pageErrors, close } = await browser.open("/sign-in");
    try {
      const main = page.getByRole("main");
      await main.getByRole("link", { name: "Forgot password?" }).click();
      await page.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
      await main.getByLabel("Email address").fill(email);
      await main.getByRole("button", { name: "Send reset link" }).click();
      await page.getByRole("heading", { level: 1, name: "Check your inbox" }).waitFor();

      // The reset link: an easy password is refused beside the field; a good one signs in and opens the account.
      await page.goto(await emailedLink(email, "/account/reset-password"));
      await page.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
      const newPassword = main.getByLabel("New password", { exact: true });
      await expect(newPassword.getAttribute("autocomplete")).resolves.toBe("new-password");
      await newPassword.fill("qwertyuiop");
      await main.getByRole("button", { name: "Set new password" }).click();
      await expect(fieldError(page, newPassword)).resolves.toMatch(/easy to guess/);
      const second = "lantern drift pebble orchard";
      await newPassword.fill(second);
      await main.getByRole("button", { name: "Set new password" }).click();
      await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
      await main.getByRole("status").filter({ hasText: "Your new password is set" }).waitFor();
      await userMenuButton(page, email).waitFor();

      // The same link again: spent, said above the form.
      await page.goto(await emailedLink(email, "/account/reset-password"));
      await main.getByLabel("New password", { exact: true }).fill("another fine password here");
      await main.getByRole("button", { name: "Set new password" }).click();
      await main.getByRole("alert").filter({ hasText: "This link is invalid or has expired" }).waitFor();

      // Change password: a wrong current password is said beside that field.
      await page.goto(webUrl("/account"));
      const passwordForm = page.getByRole("form", { name: "Change password" });
      await passwordForm.getByLabel("Current password", { exact: true }).fill("not the password");
      await passwordForm.getByLabel("New password", { exact: true }).fill(GOOD_PASSWORD);
      await passwordForm.getByRole("button", { name: "Change password" }).click();
      await expect(fieldError(page, passwordForm.getByLabel("Current password", { exact: true }))).resolves.toBe(
        "That isn't your current password.",
      );

      // Change email: the link goes to the new address; following it changes the account's email (and the header).
      const emailForm = page.getByRole("form", { name: "Change email" });
      await emailForm.getByLabel("New email address").fill(newEmail);
      await emailForm.getByLabel("Current password", { exact: true }).fill(second);
      await emailForm.getByRole("button", { name: "Send confirmation link" }).click();
      await emailForm.getByRole("status").filter({ hasText: newEmail }).waitFor();
      await page.goto(await emailedLink(newEmail, "/account/confirm-email"));
      await page.getByRole("heading", { level: 1, name: "Your email is changed" }).waitFor();
      await main.getByText(newEmail, { exact: true }).waitFor();
      await userMenuButton(page, newEmail).waitFor();
      await saveScreenshot(page, "email changed", { fullPage: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("accounts on a 375 px phone", () => {
  test("the user menu is in reach and opens Account; the account pages fit without sideways scrolling", async () => {
    const email = uniqueEmail("phone");
    await createAccount(email);
    const { page, pageErrors, close } = await browser.open("/sign-up", PHONE);
    const fits = async () => {
      const { scroll, client } = await horizontalOverflow(page);
      expect(client).toBe(PHONE.width);
      expect(scroll).toBeLessThanOrEqual(client);
    };
    try {
      // Sign-up with a field error.
      const main = page.getByRole("main");
      await main.getByLabel("Email address").fill("someone@example");
      await main.getByLabel("Password", { exact: true }).fill("short");
      await main.getByRole("button", { name: "Create account" }).click();
      await expect(fieldError(page, main.getByLabel("Email address"))).resolves.toBe("Enter an email address like name@example.com.");
      await fits();
      await saveScreenshot(page, "sign-up field error", { fullPage: false });

      await page.goto(webUrl("/sign-in"));
      await main.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      await signInLink(page).waitFor();
      await fits();
      await saveScreenshot(page, "sign-in", { fullPage: false });

      await signIn(page, email);
      const button = userMenuButton(page, email);
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await fits();

      // The main menu and the user menu take turns: opening one closes the other.
      const menuButton = page.getByRole("banner").getByRole("button", { name: "Menu", exact: true });
      await menuButton.click();
      await page.getByRole("navigation", { name: "Main" }).waitFor();
      await button.click();
      const menu = userMenu(page);
      await menu.waitFor();
      await page.getByRole("navigation", { name: "Main" }).waitFor({ state: "hidden" });
      await expect(menuButton.getAttribute("aria-expanded")).resolves.toBe("false");
      const account = menu.getByRole("link", { name: "Account" });
      const signOut = menu.getByRole("button", { name: "Sign out" });
      for (const item of [account, signOut]) {
        const itemBox = (await item.boundingBox())!;
        expect(itemBox.x).toBeGreaterThanOrEqual(0);
        expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(PHONE.width);
        expect(itemBox.y + itemBox.height).toBeLessThanOrEqual(PHONE.height);
      }
      await menu.getByText(email, { exact: true }).waitFor();
      await fits();
      await saveScreenshot(page, "user menu open", { fullPage: false });

      await account.click();
      await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
      await page.getByRole("list", { name: "Sessions" }).getByText("This device").waitFor();
      await menu.waitFor({ state: "hidden" });
      await fits();
      await saveScreenshot(page, "account", { fullPage: true });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
