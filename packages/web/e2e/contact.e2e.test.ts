import { sql } from "./support/accounts";
import { PHONE, saveScreenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

/** What reached the team's inbox from `address` (the outbox the worker delivers from). */
const messagesFrom = (address: string) =>
  sql<{ subject: string; text: string }>(
    `SELECT subject, text_body AS text FROM email_outbox WHERE kind = 'contact' AND headers->>'Reply-To' = $1 ORDER BY id`,
    [address],
  );

test("the Contact page's form sends a report to the team, after saying what is wrong with what was typed", async () => {
  const address = `reporter-${Date.now()}@example.com`;
  const { page, pageErrors, close } = await browser.open("/contact", PHONE);
  try {
    const form = page.getByRole("form", { name: "Write to us" });
    await form.getByLabel("Your name").fill("Grace Hopper");
    await form.getByLabel("Your email address").fill("not-an-address");
    await form.getByLabel("What is it about?").selectOption({ label: "Report a listing" });
    await form.getByLabel("The listing's address").fill("https://example.com/jobs/pay-to-apply");
    await form.getByLabel("Your message").fill("Short");
    await form.getByRole("button", { name: "Send message" }).click();
    await form.getByText("Enter an email address like name@example.com.").waitFor();
    await form.getByText("Write at least 10 characters.").waitFor();
    expect(await messagesFrom(address)).toEqual([]);

    await form.getByLabel("Your email address").fill(address);
    await form.getByLabel("Your message").fill("This posting asks candidates to pay for a training course first.");
    await saveScreenshot(page, "contact-form-phone");
    await form.getByRole("button", { name: "Send message" }).click();
    await page.getByRole("status").filter({ hasText: "your message is with the team" }).waitFor();

    const [message, ...more] = await messagesFrom(address);
    expect(more).toEqual([]);
    expect(message!.subject).toBe("[Listing reported] Grace Hopper");
    expect(message!.text).toContain("Page: https://example.com/jobs/pay-to-apply");
    expect(message!.text).toContain("This posting asks candidates to pay for a training course first.");
    expect(pageErrors).toEqual([]);
  } finally {
    await close();
  }
});
