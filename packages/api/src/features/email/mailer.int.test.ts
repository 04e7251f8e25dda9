import { startSmtpServer, type TestSmtpServer } from "../../../test/support/smtp";
import { capturedLogger } from "../../../test/support/test-api";
import { createMailer, type Mailer } from "./mailer";
import { alertDigestEmail } from "./templates";

const WEB = "https://hiredin.test";
const FROM = "HiredinAI <alerts@hiredin.test>";
/** A long signed token, so the header is longer than a mail line and gets folded on the way. */
const UNSUBSCRIBE = `<https://api.hiredin.test/alerts/unsubscribe?token=${"t0k3n-".repeat(20)}>`;

const digest = alertDigestEmail({
  summary: '"LLM" · Remote',
  frequency: "DAILY",
  jobs: [{ title: "LLM Engineer", company: "Acme AI", location: "Remote", salary: null, url: `${WEB}/jobs/llm-engineer` }],
  totalCount: 1,
  seeAllUrl: `${WEB}/jobs?q=llm`,
  manageUrl: `${WEB}/alerts/manage?token=m`,
  unsubscribeUrl: `${WEB}/alerts/unsubscribe?token=u`,
  createLikeThisUrl: `${WEB}/alerts/new?q=llm`,
});

const message = (to: string) => ({
  to,
  ...digest,
  headers: { "List-Unsubscribe": UNSUBSCRIBE, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
});

let smtp: TestSmtpServer;
let mailer: Mailer;
const { log } = capturedLogger();

beforeAll(async () => {
  smtp = await startSmtpServer();
  mailer = createMailer({ smtpUrl: smtp.url, from: FROM, log });
});

afterAll(async () => {
  mailer.close();
  await smtp.stop();
});

test("delivers both parts, from MAIL_FROM, with the List-Unsubscribe headers as given", async () => {
  expect(await mailer.send(message("ada@example.com"))).toEqual({ kind: "sent" });
  const [mail] = smtp.messages.filter((m) => m.to === "ada@example.com");
  expect(mail.subject).toBe('1 new AI job for "LLM" · Remote');
  expect(mail.from).toBe("alerts@hiredin.test");
  expect(mail.headers.from).toBe(FROM);
  expect(mail.headers["list-unsubscribe"]).toBe(UNSUBSCRIBE);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(mail.text.trim()).toBe(digest.text.trim());
  expect(mail.html).toContain(`href="${WEB}/jobs/llm-engineer"`);
});

test("a recipient the server refuses for good (550) is a permanent failure, and nothing arrives", async () => {
  smtp.refuse("gone@example.com");
  const outcome = await mailer.send(message("gone@example.com"));
  expect(outcome).toEqual({ kind: "permanent", error: expect.stringContaining("550") });
  expect(smtp.messages.filter((m) => m.to === "gone@example.com")).toEqual([]);
});

test('a "try again later" (451) is a temporary failure', async () => {
  smtp.refuse("busy@example.com", 451);
  expect(await mailer.send(message("busy@example.com"))).toEqual({ kind: "temporary", error: expect.stringContaining("451") });
});

test("while the server is down sending fails for now; once it is back the same mailer delivers", async () => {
  const own = await startSmtpServer();
  const sender = createMailer({ smtpUrl: own.url, from: FROM, log });
  try {
    expect(await sender.send(message("ada@example.com"))).toEqual({ kind: "sent" });
    await own.stop();
    expect(await sender.send(message("bob@example.com"))).toEqual({ kind: "temporary", error: expect.any(String) });
    await own.start();
    expect(await sender.send(message("bob@example.com"))).toEqual({ kind: "sent" });
    expect((await own.waitFor(2)).map((m) => m.to)).toEqual(["ada@example.com", "bob@example.com"]);
  } finally {
    sender.close();
    await own.stop();
  }
});

test("without SMTP_URL nothing is sent: the log says to whom, what, and where its links go", async () => {
  const logger = capturedLogger();
  const offline = createMailer({ from: FROM, log: logger.log });
  expect(await offline.send(message("ada@example.com"))).toEqual({ kind: "not-configured" });
  await new Promise((resolve) => setImmediate(resolve));
  expect(logger.lines).toEqual([
    expect.objectContaining({
      level: 30,
      to: "ada@example.com",
      subject: '1 new AI job for "LLM" · Remote',
      links: expect.arrayContaining([`${WEB}/jobs/llm-engineer`, `${WEB}/alerts/unsubscribe?token=u`]),
    }),
  ]);
});
