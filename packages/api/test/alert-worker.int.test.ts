import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import type { Runner } from "graphile-worker";
import { createServices, type Services } from "../src/app/services";
import { startWorker } from "../src/app/worker";
import { Role } from "../src/features/accounts/user.enums";
import { ALERT_BOUNCE_LIMIT } from "../src/features/alerts/alert.service";
import type { OutgoingEmail } from "../src/features/email";
import { STALE_SEND_MINUTES } from "../src/features/email/send-email.task";
import { createLogger } from "../src/shared/log/logger";
import { bearer, makeUser, sessionFor } from "./support/accounts";
import { eventually } from "./support/processes";
import { startSmtpServer, type TestSmtpServer } from "./support/smtp";
import { testConfig, useTestApi } from "./support/test-api";

/**
 * The job worker end to end: graphile-worker on the test database sending the outbox to a real SMTP
 * server in this process. Waits poll with deadlines; nothing here depends on how fast the machine is.
 */
const api = useTestApi();
let smtp: TestSmtpServer;
let services: Services;
const runners: Runner[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  services = createServices(api.ds, testConfig());
});
let smtpDown = false;
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
  if (smtpDown) await smtp.start();
  smtpDown = false;
  smtp.messages.splice(0);
});
afterAll(() => smtp.stop());

const worker = async () => {
  const runner = await startWorker(
    api.ds,
    services,
    { SMTP_URL: smtp.url, MAIL_FROM: "HiredinAI <alerts@hiredin.test>", WORKER_CONCURRENCY: 4 },
    createLogger("silent"),
  );
  runners.push(runner);
  return runner;
};

const queue = (emails: OutgoingEmail[]) => api.ds.transaction((manager) => services.outbox.enqueueMany(manager, emails));
const note = (to: string, subject: string): OutgoingEmail => ({
  kind: "TEST",
  to,
  subject,
  text: `${subject}\nhttps://hiredin.test/`,
  html: `<p>${subject}</p>`,
});
const statuses = async () =>
  Object.fromEntries(
    (await api.ds.query<{ subject: string; status: string }[]>(`SELECT subject, status FROM email_outbox ORDER BY id`)).map((r) => [
      r.subject,
      r.status,
    ]),
  );
/** Jobs graphile-worker still holds (queued, waiting to retry, or running). */
const jobsLeft = async () => Number((await api.ds.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs`))[0].n);

/** An ACTIVE instant alert for a signed-in person's verified address (no confirmation email). */
async function activeAlert(email: string, query: string) {
  const user = await makeUser(api.ds, { email });
  const res = await api.gql(
    `mutation($input: CreateAlertInput!) { createAlert(input: $input) { alert { id status } } }`,
    { input: { frequency: "INSTANT", criteria: { query } } },
    bearer(await sessionFor(api.ds, user)),
  );
  expect(res.data!.createAlert.alert.status).toBe("ACTIVE");
  return res.data!.createAlert.alert.id as string;
}

test("a digest is matched by the scheduled task and delivered over SMTP with both parts and one-click unsubscribe", async () => {
  await activeAlert("ada@example.com", "llm");
  const job = await api.make.job({ title: "LLM Engineer" });
  await worker();
  await api.ds.query(`SELECT graphile_worker.add_job('alerts_run_due')`);
  const [mail] = await smtp.waitFor(1, 30_000);
  expect(mail).toMatchObject({ to: "ada@example.com", subject: "1 new AI job for “llm”", from: "alerts@hiredin.test" });
  expect(mail.text).toContain(`/jobs/${job.slug}`);
  expect(mail.html).toContain(`/jobs/${job.slug}`);
  expect(mail.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/alerts\/unsubscribe\?token=[\w.-]+>$/);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(mail.headers["message-id"]).toMatch(/^<outbox-\d+@hiredin\.ai>$/);
  await eventually(async () => expect(await statuses()).toEqual({ "1 new AI job for “llm”": "SENT" }), 30_000);
});

test("SMTP down: messages wait and are retried, then delivered once it is back", async () => {
  await smtp.stop();
  smtpDown = true;
  await worker();
  await queue([note("a@example.com", "one"), note("b@example.com", "two"), note("c@example.com", "three")]);
  await eventually(async () => {
    const rows = await api.ds.query(`SELECT status, attempts, last_error FROM email_outbox`);
    expect(rows).toHaveLength(3);
    for (const row of rows)
      expect(row).toMatchObject({ status: "PENDING", attempts: expect.any(Number) as number, last_error: expect.any(String) as string });
    for (const row of rows) expect(row.attempts).toBeGreaterThanOrEqual(1);
  }, 30_000);
  expect(smtp.messages).toHaveLength(0);
  await smtp.start();
  smtpDown = false;
  // graphile-worker's backoff: the next try comes exp(attempts) seconds after the last.
  await smtp.waitFor(3, 60_000);
  await eventually(async () => expect(await statuses()).toEqual({ one: "SENT", two: "SENT", three: "SENT" }), 30_000);
  expect(smtp.messages.map((m) => m.subject).sort()).toEqual(["one", "three", "two"]);
});

test("a recipient refused for good is marked bounced and the others still go; repeated bounces pause its alert", async () => {
  smtp.refuse("gone@example.com", 550);
  await worker();
  await queue([note("ok1@example.com", "first"), note("gone@example.com", "refused"), note("ok2@example.com", "second")]);
  await smtp.waitFor(2, 30_000);
  await eventually(async () => expect(await statuses()).toEqual({ first: "SENT", refused: "BOUNCED", second: "SENT" }), 30_000);
  const [bounced] = await api.ds.query(`SELECT attempts, last_error FROM email_outbox WHERE status = 'BOUNCED'`);
  expect(bounced.attempts).toBe(1); // refused for good: not tried again
  expect(bounced.last_error).toMatch(/550/);

  // Admins see it in the delivery health.
  const admin = await makeUser(api.ds, { email: "admin@example.com", role: Role.ADMIN });
  const health = await api.gql(
    `{ emailDeliveryHealth { queued sent failed bounced oldestQueuedAt } }`,
    {},
    bearer(await sessionFor(api.ds, admin)),
  );
  expect(health.data!.emailDeliveryHealth).toEqual({ queued: 0, sent: 2, failed: 0, bounced: 1, oldestQueuedAt: null });

  await activeAlert("gone@example.com", "llm");
  for (let i = 0; i < ALERT_BOUNCE_LIMIT; i++) {
    await api.make.job({ title: `LLM Engineer ${i}` });
    await services.alertRuns.runDue();
    await eventually(
      async () =>
        expect(
          await api.ds.query(`SELECT count(*)::int AS n FROM email_outbox WHERE kind = 'ALERT_DIGEST' AND status = 'BOUNCED'`),
        ).toEqual([{ n: i + 1 }]),
      30_000,
    );
  }
  const [alert] = await api.ds.query(`SELECT status, paused_reason, next_run_at FROM alerts`);
  expect(alert).toMatchObject({ status: "PAUSED", next_run_at: null });
  expect(alert.paused_reason).toMatch(/refused/);
  await api.make.job({ title: "LLM Engineer, once more" });
  expect(await services.alertRuns.runDue()).toEqual({ alerts: 0, emails: 0 });
});

test("two workers at once deliver each message exactly once", async () => {
  await worker();
  await worker();
  const emails = Array.from({ length: 60 }, (_, i) => note(`person${i}@example.com`, `message ${i}`));
  await queue(emails);
  await smtp.waitFor(60, 60_000);
  await eventually(async () => expect(await jobsLeft()).toBe(0), 30_000);
  expect(smtp.messages).toHaveLength(60);
  expect(new Set(smtp.messages.map((m) => m.subject)).size).toBe(60);
  expect(Object.values(await statuses()).every((s) => s === "SENT")).toBe(true);
});

describe("the API killed mid-run", () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill("SIGKILL"));

  const startApi = async () => {
    let output = "";
    const proc = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/main.ts"], {
      cwd: resolve(__dirname, ".."),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "development",
        DATABASE_URL: (api.ds.options as { url?: string }).url!,
        PORT: "0",
        SEED: "false",
        LOG_LEVEL: "warn",
        SMTP_URL: smtp.url,
        WORKER_CONCURRENCY: "4",
      },
    });
    proc.stdout.on("data", (d) => (output += d));
    proc.stderr.on("data", (d) => (output += d));
    await eventually(() => expect(output).toContain("[api] GraphQL on"), 90_000, 100).catch((error: Error) => {
      throw new Error(`${error.message}\n${output}`);
    });
    return proc;
  };

  test("nothing is lost and nothing arrives as two messages after a restart", async () => {
    const total = 300;
    await queue(Array.from({ length: total }, (_, i) => note(`person${i}@example.com`, `message ${i}`)));
    child = await startApi();
    await smtp.waitFor(10, 60_000);
    child.kill("SIGKILL");
    const atKill = smtp.messages.length;
    expect(atKill).toBeLessThan(total);

    child = await startApi();
    // The jobs the dead process held stay locked to it; the email_unlock_stale task frees those locked
    // for STALE_SEND_MINUTES. Age their locks to that, rather than wait, and run the task now.
    await api.ds.query(`UPDATE graphile_worker._private_jobs SET locked_at = now() - $1::interval WHERE locked_at IS NOT NULL`, [
      `${STALE_SEND_MINUTES} minutes 1 second`,
    ]);
    await api.ds.query(`SELECT graphile_worker.add_job('email_unlock_stale')`);
    await eventually(
      async () => expect(await api.ds.query(`SELECT count(*)::int AS n FROM email_outbox WHERE status = 'SENT'`)).toEqual([{ n: total }]),
      120_000,
    );
    await eventually(async () => expect(await jobsLeft()).toBe(0), 60_000);
    const ids = smtp.messages.map((m) => m.headers["message-id"]);
    // Every message arrived. One the server accepted just as the process died may have gone again,
    // under its own Message-ID (mail clients show one message); never as a different one.
    expect(new Set(ids).size).toBe(total);
    expect(new Set(smtp.messages.map((m) => m.subject)).size).toBe(total);
    expect(smtp.messages.length - total).toBeLessThanOrEqual(4); // at most the worker's concurrency
  }, 300_000);
});
