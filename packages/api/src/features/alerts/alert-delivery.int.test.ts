import { createServices, type Services } from "../../app/services";
import { makeUser, sessionFor, bearer } from "../../../test/support/accounts";
import { TEST_WEB_URL, testConfig, useTestApi } from "../../../test/support/test-api";
import { LinkSigner } from "../../shared/crypto/signed-links";
import { JobStatus } from "../jobs/job.enums";
import { DIGEST_JOB_LIMIT } from "./alert-runs";

const api = useTestApi();
let services: Services;
beforeAll(() => {
  services = createServices(api.ds, testConfig());
});

const ALERT_FIELDS = "id status frequency summary timeZone sendHour sendWeekday lastSentAt pausedReason";

/** The links of the newest email to `to` of `kind`, by path (`/alerts/confirm` → its token). */
async function linksOf(to: string, kind: string): Promise<Record<string, string>> {
  const [row] = await api.ds.query(`SELECT text_body FROM email_outbox WHERE to_address = $1 AND kind = $2 ORDER BY id DESC LIMIT 1`, [
    to,
    kind,
  ]);
  expect(row).toBeDefined();
  const tokens: Record<string, string> = {};
  for (const url of (row.text_body as string).match(/https?:\/\/\S+/g) ?? []) {
    const u = new URL(url);
    const token = u.searchParams.get("token");
    if (token) tokens[u.pathname] = token;
  }
  return tokens;
}

async function createAlert(
  email: string,
  criteria: Record<string, unknown>,
  over: Record<string, unknown> = {},
  headers?: Record<string, string>,
) {
  const res = await api.gql(
    `mutation($input: CreateAlertInput!) { createAlert(input: $input) { alert { ${ALERT_FIELDS} } } }`,
    { input: { email, frequency: "INSTANT", criteria, ...over } },
    headers,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createAlert.alert;
}

/** An alert confirmed through its emailed link; returns it with the tokens of its manage and unsubscribe links. */
async function confirmedAlert(email: string, criteria: Record<string, unknown>, over: Record<string, unknown> = {}) {
  await createAlert(email, criteria, over);
  const links = await linksOf(email, "ALERT_CONFIRMATION");
  const res = await api.gql(`mutation($input: AlertTokenInput!) { confirmAlert(input: $input) { alert { ${ALERT_FIELDS} } } }`, {
    input: { token: links["/alerts/confirm"] },
  });
  expect(res.errors).toBeUndefined();
  expect(res.data!.confirmAlert.alert.status).toBe("ACTIVE");
  return { alert: res.data!.confirmAlert.alert, manage: links["/alerts/manage"], unsubscribe: links["/alerts/unsubscribe"] };
}

type Digest = { id: number; to: string; subject: string; text: string; html: string; headers: Record<string, string> };
const digests = (to?: string) =>
  api.ds.query<Digest[]>(
    `SELECT id, to_address AS "to", subject, text_body AS text, html_body AS html, headers FROM email_outbox
     WHERE kind = 'ALERT_DIGEST' ${to ? "AND to_address = $1" : ""} ORDER BY id`,
    to ? [to] : [],
  );

const run = () => services.alertRuns.runDue();

describe("confirmation", () => {
  test("nothing is sent before the link is followed; the first email after it lists only jobs published since", async () => {
    const old = await api.make.job({ title: "LLM Engineer (old)" });
    await createAlert("ada@example.com", { query: "llm" });
    await api.make.job({ title: "LLM Engineer (while pending)" });
    expect(await run()).toEqual({ alerts: 0, emails: 0 });

    const links = await linksOf("ada@example.com", "ALERT_CONFIRMATION");
    await api.gql(`mutation($input: AlertTokenInput!) { confirmAlert(input: $input) { alert { id } } }`, {
      input: { token: links["/alerts/confirm"] },
    });
    await run();
    expect(await digests()).toEqual([]); // nothing new since confirming: no email at all

    const fresh = await api.make.job({ title: "LLM Platform Engineer" });
    await api.make.job({ title: "Computer Vision Researcher" }); // doesn't match
    expect(await run()).toMatchObject({ emails: 1 });
    const [digest] = await digests();
    expect(digest.subject).toBe("1 new AI job for “llm”");
    expect(digest.text).toContain(`${TEST_WEB_URL}/jobs/${fresh.slug}`);
    expect(digest.text).not.toContain(old.slug);
    expect(digest.text).not.toContain("while-pending");
    expect(digest.text).not.toContain("Computer Vision");
  });

  test("the confirmation email carries one-click unsubscribe headers and signed links; following the link twice is fine", async () => {
    await createAlert("ada@example.com", { query: "llm" });
    const [email] = await api.ds.query(`SELECT headers, html_body FROM email_outbox`);
    expect(email.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/alerts\/unsubscribe\?token=[\w.-]+>$/);
    expect(email.html_body).toContain("/alerts/confirm?token=");
    const { "/alerts/confirm": token } = await linksOf("ada@example.com", "ALERT_CONFIRMATION");
    for (let i = 0; i < 2; i++) {
      const res = await api.gql(`mutation($input: AlertTokenInput!) { confirmAlert(input: $input) { alert { status } } }`, {
        input: { token },
      });
      expect(res.data!.confirmAlert.alert.status).toBe("ACTIVE");
    }
  });

  test("forged, expired and cross-alert tokens are refused with a clear message, and change nothing", async () => {
    const a = await confirmedAlert("ada@example.com", { query: "llm" });
    const b = await confirmedAlert("bob@example.com", { query: "rust" });
    const confirmB = (await linksOf("bob@example.com", "ALERT_CONFIRMATION"))["/alerts/confirm"];
    const [idA] = a.unsubscribe.split(".");
    const forged = [
      `${idA}${b.unsubscribe.slice(b.unsubscribe.indexOf("."))}`, // b's signature on a's id
      a.unsubscribe.slice(0, -2) + (a.unsubscribe.endsWith("AA") ? "BB" : "AA"),
      "not-a-token",
      confirmB, // a confirm token is not an unsubscribe token
    ];
    for (const token of forged) {
      const res = await api.gql(`mutation($input: AlertTokenInput!) { unsubscribeAlert(input: $input) { alert { id } } }`, {
        input: { token },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "token" }] });
      expect(res.errors![0].message).toMatch(/This link isn't valid/);
    }
    // An expired confirmation link says so; changing its expiry breaks its signature.
    await createAlert("cy@example.com", { query: "go" });
    const confirmC = (await linksOf("cy@example.com", "ALERT_CONFIRMATION"))["/alerts/confirm"];
    const [idC, , signature] = confirmC.split(".");
    const expired = await new LinkSigner(api.ds).sign({
      subject: "alert",
      id: Number(idC),
      action: "confirm",
      expiresAt: new Date(Date.now() - 1000),
    });
    for (const [token, message] of [
      [expired, /This link has expired/],
      [`${idC}.1.${signature}`, /This link isn't valid/],
    ] as const) {
      const res = await api.gql(`mutation($input: AlertTokenInput!) { confirmAlert(input: $input) { alert { id } } }`, {
        input: { token },
      });
      expect(res.errors![0].message).toMatch(message);
    }
    const statuses = await api.ds.query(`SELECT email, status FROM alerts ORDER BY email`);
    expect(statuses).toEqual([
      { email: "ada@example.com", status: "ACTIVE" },
      { email: "bob@example.com", status: "ACTIVE" },
      { email: "cy@example.com", status: "PENDING_CONFIRMATION" },
    ]);
  });
});

test("unconfirmed alerts are deleted once their link has expired; confirmed ones stay", async () => {
  await createAlert("late@example.com", { query: "llm" });
  await createAlert("recent@example.com", { query: "llm" });
  await confirmedAlert("kept@example.com", { query: "llm" });
  await api.ds.query(
    `UPDATE alerts SET confirmation_sent_at = now() - interval '7 days 1 minute', created_at = now() - interval '8 days' WHERE email IN ('late@example.com', 'kept@example.com')`,
  );
  expect(await services.alerts.purgeUnconfirmed()).toBe(1);
  expect(await api.ds.query(`SELECT email FROM alerts ORDER BY email`)).toEqual([
    { email: "kept@example.com" },
    { email: "recent@example.com" },
  ]);
});

describe("digests", () => {
  test("each job is sent once: a second run sends nothing, and a republished job is not sent again", async () => {
    await confirmedAlert("ada@example.com", { query: "llm" });
    const job = await api.make.job({ title: "LLM Engineer" });
    expect(await run()).toMatchObject({ emails: 1 });
    expect(await run()).toMatchObject({ emails: 0 });
    await api.ds.query(`UPDATE jobs SET status = 'CLOSED' WHERE id = $1`, [job.id]);
    await api.ds.query(`UPDATE jobs SET status = 'PUBLISHED' WHERE id = $1`, [job.id]);
    expect(await run()).toMatchObject({ emails: 0 });
    expect(await digests()).toHaveLength(1);
  });

  test("a job published while a run is in progress is sent by the next run", async () => {
    await confirmedAlert("ada@example.com", { query: "llm" });
    const company = await api.make.company();
    const category = await api.make.category();
    // A publisher's transaction is open (its row written, not committed) while the run reads.
    const runner = api.ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote, status, posted_at, tags)
       VALUES ('llm-mid-run', 'LLM Engineer (mid-run)', 'Build LLM things.', $1, $2, 'SENIOR', 'FULL_TIME', 'REMOTE', 'PUBLISHED', now() - interval '1 hour', '{}')`,
      [company.id, category.id],
    );
    try {
      expect(await run()).toMatchObject({ emails: 0 });
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    expect(await run()).toMatchObject({ emails: 1 });
    expect((await digests())[0].text).toContain("/jobs/llm-mid-run");
  });

  test("a job unpublished before the send is left out", async () => {
    await confirmedAlert("ada@example.com", { query: "llm" });
    const kept = await api.make.job({ title: "LLM Engineer" });
    const gone = await api.make.job({ title: "LLM Researcher" });
    await api.ds.query(`UPDATE jobs SET status = $2 WHERE id = $1`, [gone.id, JobStatus.CLOSED]);
    await run();
    const [digest] = await digests();
    expect(digest.text).toContain(kept.slug);
    expect(digest.text).not.toContain(gone.slug);
  });

  test(`an email lists the newest ${DIGEST_JOB_LIMIT}, then links to all of them on the site`, async () => {
    await confirmedAlert("ada@example.com", { query: "llm", seniorities: ["SENIOR"] });
    const jobs = [];
    for (let i = 0; i < DIGEST_JOB_LIMIT + 2; i++)
      jobs.push(await api.make.job({ title: `LLM Engineer ${i}`, seniority: "SENIOR" as never }));
    await run();
    const [digest] = await digests();
    expect(digest.subject).toBe(`${DIGEST_JOB_LIMIT + 2} new AI jobs for “llm” · Senior`);
    const listed = jobs.filter((j) => digest.text.includes(`/jobs/${j.slug}\n`) || digest.text.endsWith(`/jobs/${j.slug}`));
    expect(listed).toHaveLength(DIGEST_JOB_LIMIT);
    // Newest first: the factory makes each job a minute older than the one before.
    expect(listed.map((j) => j.slug)).toEqual(jobs.slice(0, DIGEST_JOB_LIMIT).map((j) => j.slug));
    expect(digest.text).toContain(`See all ${DIGEST_JOB_LIMIT + 2}`);
    expect(digest.text).toContain(`${TEST_WEB_URL}/jobs?q=llm&seniority=senior&days=1&sort=newest`);
    expect(digest.text).toContain(`${TEST_WEB_URL}/alerts?q=llm&seniority=senior`);
    expect(digest.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  test("the newest matches are found wherever they sit among many new jobs", async () => {
    await confirmedAlert("ada@example.com", { query: "llm" });
    // Newest first, 130 jobs that don't match, then 11 older ones that do (the factory ages each job a minute).
    for (let i = 0; i < 130; i++) await api.make.job({ title: `Data Analyst ${i}` });
    const matching = [];
    for (let i = 0; i < DIGEST_JOB_LIMIT + 1; i++) matching.push(await api.make.job({ title: `LLM Engineer ${i}` }));
    expect(await run()).toMatchObject({ emails: 1 });
    const [digest] = await digests();
    expect(digest.subject).toBe(`${DIGEST_JOB_LIMIT + 1} new AI jobs for “llm”`);
    const listed = matching.filter((j) => digest.text.includes(`/jobs/${j.slug}\n`));
    expect(listed.map((j) => j.slug)).toEqual(matching.slice(0, DIGEST_JOB_LIMIT).map((j) => j.slug));
    expect(digest.text).not.toContain("Data Analyst");
  });

  test("a run in small batches, two at a time, sends each alert its own email once", async () => {
    const people = ["a", "b", "c", "d", "e"].map((p) => `${p}@example.com`);
    for (const [i, email] of people.entries()) await confirmedAlert(email, { query: `skill${i}` });
    for (let i = 0; i < people.length; i++) await api.make.job({ title: `Engineer skill${i}` });
    expect(await services.alertRuns.runDue(2)).toEqual({ alerts: 5, emails: 5 });
    for (const [i, email] of people.entries()) {
      const mine = await digests(email);
      expect(mine).toHaveLength(1);
      expect(mine[0].subject).toBe(`1 new AI job for “skill${i}”`);
    }
    expect(await services.alertRuns.runDue(2)).toEqual({ alerts: 5, emails: 0 });
  });

  test("a batch that fails loses nothing: the others commit, its alerts stay due, and no alert is sent twice", async () => {
    const people = ["a", "b", "c", "d", "e", "f", "g"].map((p) => `${p}@example.com`);
    for (const [i, email] of people.entries()) await confirmedAlert(email, { query: `skill${i}` });
    const [third] = await api.ds.query(`SELECT id FROM alerts WHERE email = $1`, [people[2]]);
    for (let i = 0; i < people.length; i++) await api.make.job({ title: `Engineer skill${i}` });
    // The database refuses the third alert's delivery record, failing the second batch's transaction.
    await api.ds.query(`
      CREATE FUNCTION refuse_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.alert_id = ${Number(third.id)} THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await api.ds.query(`CREATE TRIGGER refuse_delivery BEFORE INSERT ON alert_deliveries FOR EACH ROW EXECUTE FUNCTION refuse_delivery()`);
    try {
      await expect(services.alertRuns.runDue(2)).rejects.toThrow("refused for the test");
    } finally {
      await api.ds.query(`DROP TRIGGER refuse_delivery ON alert_deliveries; DROP FUNCTION refuse_delivery()`);
    }
    const sentFirst = await Promise.all(people.map(async (email) => (await digests(email)).length));
    expect(sentFirst[2] + sentFirst[3]).toBe(0); // the failed batch wrote nothing
    expect(sentFirst[0] + sentFirst[1]).toBe(2); // the batch before it committed
    await services.alertRuns.runDue(2);
    for (const [i, email] of people.entries()) {
      const mine = await digests(email);
      expect(mine).toHaveLength(1);
      expect(mine[0].subject).toBe(`1 new AI job for “skill${i}”`);
    }
  });

  test("matching is the site's search: each criterion picks the jobs the jobs query picks", async () => {
    const london = await api.make.location({ slug: "london", city: "London" });
    const acme = await api.make.company({ slug: "acme", name: "Acme AI" });
    const research = await api.make.category({ slug: "research", name: "Research" });
    const cases: Record<string, unknown>[] = [
      { query: "engineers" },
      { query: '"machine learning"' },
      { categories: ["research"] },
      { seniorities: ["LEAD", "PRINCIPAL"] },
      { employmentTypes: ["CONTRACT"] },
      { remote: ["HYBRID"] },
      { locations: ["london"] },
      { companies: ["acme"] },
      { tags: ["PyTorch"] },
      { salaryMin: 150000, salaryCurrency: "EUR" },
      { query: "llm", remote: ["REMOTE"], seniorities: ["SENIOR"] },
    ];
    for (const [i, criteria] of cases.entries()) await confirmedAlert(`case${i}@example.com`, criteria);
    const mixed = [
      { title: "Machine Learning Engineer", tags: ["pytorch"], seniority: "LEAD" },
      { title: "Research Scientist", category: research, employmentType: "CONTRACT", remote: "HYBRID" },
      { title: "LLM Engineer", remote: "REMOTE", seniority: "SENIOR", company: acme, locations: [london] },
      { title: "Data Engineering Lead", seniority: "PRINCIPAL", salary: { min: 170000, max: 190000, currency: "USD", period: "YEAR" } },
      { title: "Applied machine learning researcher", remote: "ONSITE", salary: null },
      { title: "Prompt Engineers wanted", employmentType: "PART_TIME", tags: ["rust"] },
    ];
    const made = [];
    for (const over of mixed) made.push(await api.make.job(over as never));
    await run();
    const picked: number[] = [];
    for (const [i, criteria] of cases.entries()) {
      const { salaryCurrency, ...filter } = criteria;
      const search = await api.gql(`query($filter: JobFilter) { jobs(filter: $filter, first: 100) { edges { node { slug } } } }`, {
        filter: { ...filter, ...(salaryCurrency ? { salaryCurrency } : {}) },
      });
      const expected = search.data!.jobs.edges.map((e: { node: { slug: string } }) => e.node.slug).sort();
      const [digest] = await digests(`case${i}@example.com`);
      const sent = made
        .filter((j) => digest?.text.includes(`/jobs/${j.slug}`))
        .map((j) => j.slug)
        .sort();
      expect({ criteria, sent }).toEqual({ criteria, sent: expected });
      picked.push(sent.length);
    }
    // The cases tell jobs apart: every one picks something, and not everything.
    expect(picked.every((n) => n > 0 && n < made.length)).toBe(true);
  });

  test("nothing new: no email, and an instant alert's row is left alone", async () => {
    const { alert } = await confirmedAlert("ada@example.com", { query: "llm" });
    const [before] = await api.ds.query(`SELECT watermark::text, next_run_at FROM alerts`);
    expect(await run()).toEqual({ alerts: 1, emails: 0 });
    expect(await api.ds.query(`SELECT watermark::text, next_run_at FROM alerts`)).toEqual([before]);
    expect(alert.status).toBe("ACTIVE");
  });
});

describe("frequencies", () => {
  test("daily and weekly alerts run at their hour in their time zone; instant ones whenever there is something new", async () => {
    const rows = await api.ds.query(`
      SELECT
        alert_next_run('DAILY', 'Europe/Berlin', 8, 1, '2026-01-15 06:30Z') AS daily_before,
        alert_next_run('DAILY', 'Europe/Berlin', 8, 1, '2026-01-15 07:00Z') AS daily_at,
        alert_next_run('DAILY', 'America/New_York', 8, 1, '2026-07-15 23:00Z') AS daily_summer,
        alert_next_run('WEEKLY', 'UTC', 9, 1, '2026-01-15 12:00Z') AS weekly_thursday,
        alert_next_run('WEEKLY', 'Asia/Tokyo', 9, 4, '2026-01-14 23:00Z') AS weekly_same_day,
        alert_next_run('INSTANT', 'UTC', 8, 1, '2026-01-15 12:00Z') AS instant`);
    expect(rows[0]).toEqual({
      daily_before: new Date("2026-01-15T07:00:00Z"), // 08:00 in Berlin (UTC+1)
      daily_at: new Date("2026-01-16T07:00:00Z"), // exactly the hour: the next day's
      daily_summer: new Date("2026-07-16T12:00:00Z"), // 08:00 in New York (UTC-4), the next local day
      weekly_thursday: new Date("2026-01-19T09:00:00Z"), // the next Monday
      weekly_same_day: new Date("2026-01-15T00:00:00Z"), // Thursday 09:00 in Tokyo is Thursday 00:00Z
      instant: new Date("2026-01-15T12:00:00Z"),
    });
  });

  test("a daily alert waits for its hour; when due it sends everything since its last email in one", async () => {
    await confirmedAlert("ada@example.com", { query: "llm" }, { frequency: "DAILY", timeZone: "Europe/Berlin", sendHour: 8 });
    const [{ next_run_at: next }] = await api.ds.query(`SELECT next_run_at FROM alerts`);
    expect(new Date(next).getTime()).toBeGreaterThan(Date.now());
    await api.make.job({ title: "LLM Engineer" });
    await api.make.job({ title: "LLM Researcher" });
    expect(await run()).toEqual({ alerts: 0, emails: 0 });
    await api.ds.query(`UPDATE alerts SET next_run_at = now() - interval '1 minute'`);
    expect(await run()).toEqual({ alerts: 1, emails: 1 });
    expect((await digests())[0].subject).toBe("2 new AI jobs for “llm”");
    const [after] = await api.ds.query(`SELECT next_run_at, last_sent_at FROM alerts`);
    expect(new Date(after.next_run_at).getTime()).toBeGreaterThan(Date.now());
    expect(after.last_sent_at).not.toBeNull();
  });
});

describe("managing", () => {
  const MANAGE = {
    update: `mutation($input: UpdateAlertInput!) { updateAlert(input: $input) { alert { ${ALERT_FIELDS} criteria { query remote } } } }`,
    pause: `mutation($input: AlertRefInput!) { pauseAlert(input: $input) { alert { status } } }`,
    resume: `mutation($input: AlertRefInput!) { resumeAlert(input: $input) { alert { status } } }`,
    remove: `mutation($input: AlertRefInput!) { deleteAlert(input: $input) { deletedAlertId } }`,
  };

  test("the manage link edits, pauses, resumes and deletes; a paused alert sends nothing", async () => {
    const { manage } = await confirmedAlert("ada@example.com", { query: "llm" });
    const shown = await api.gql(`query($token: String!) { alertByToken(token: $token) { summary status email } }`, { token: manage });
    expect(shown.data!.alertByToken).toEqual({ summary: "“llm”", status: "ACTIVE", email: "ada@example.com" });

    const edited = await api.gql(MANAGE.update, {
      input: {
        token: manage,
        frequency: "WEEKLY",
        sendWeekday: 5,
        timeZone: "Asia/Kolkata",
        criteria: { query: "rust", remote: ["REMOTE"] },
      },
    });
    expect(edited.data!.updateAlert.alert).toMatchObject({
      frequency: "WEEKLY",
      sendWeekday: 5,
      timeZone: "Asia/Kolkata",
      summary: "“rust” · Remote",
    });
    const badZone = await api.gql(MANAGE.update, { input: { token: manage, timeZone: "Mars/Olympus" } });
    expect(badZone.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "input.timeZone" }] });

    expect((await api.gql(MANAGE.pause, { input: { token: manage } })).data!.pauseAlert.alert.status).toBe("PAUSED");
    await api.ds.query(`UPDATE alerts SET next_run_at = now()`); // even if it were due
    await api.make.job({ title: "Rust Engineer", remote: "REMOTE" as never });
    expect(await run()).toEqual({ alerts: 0, emails: 0 });
    expect((await api.gql(MANAGE.resume, { input: { token: manage } })).data!.resumeAlert.alert.status).toBe("ACTIVE");

    const removed = await api.gql(MANAGE.remove, { input: { token: manage } });
    expect(removed.data!.deleteAlert.deletedAlertId).toBeTruthy();
    expect(await api.ds.query(`SELECT count(*)::int AS n FROM alerts`)).toEqual([{ n: 0 }]);
    const after = await api.gql(`query($token: String!) { alertByToken(token: $token) { id } }`, { token: manage });
    expect(after.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  test("an unsubscribe link can't edit; a manage link can't be used for someone else's alert", async () => {
    const a = await confirmedAlert("ada@example.com", { query: "llm" });
    const b = await confirmedAlert("bob@example.com", { query: "rust" });
    const byUnsubscribe = await api.gql(MANAGE.pause, { input: { token: a.unsubscribe } });
    expect(byUnsubscribe.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const byId = await api.gql(MANAGE.pause, { input: { id: b.alert.id } });
    expect(byId.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    const both = await api.gql(MANAGE.pause, { input: { id: b.alert.id, token: a.manage } });
    expect(both.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "input" }] });
    expect(await api.ds.query(`SELECT status FROM alerts ORDER BY id`)).toEqual([{ status: "ACTIVE" }, { status: "ACTIVE" }]);
  });

  test("signed in with a verified address: no opt-in, listed on the account, managed by id; others' alerts are not yours", async () => {
    const ada = await makeUser(api.ds, { email: "ada@example.com" });
    const mallory = await makeUser(api.ds, { email: "mallory@example.com" });
    const asAda = bearer(await sessionFor(api.ds, ada));
    const asMallory = bearer(await sessionFor(api.ds, mallory));
    const res = await api.gql(
      `mutation($input: CreateAlertInput!) { createAlert(input: $input) { alert { id status } } }`,
      { input: { criteria: { query: "llm" }, frequency: "DAILY" } },
      asAda,
    );
    expect(res.data!.createAlert.alert.status).toBe("ACTIVE");
    expect(await api.ds.query(`SELECT count(*)::int AS n FROM email_outbox`)).toEqual([{ n: 0 }]);
    const id = res.data!.createAlert.alert.id;

    const listed = await api.gql(`{ viewer { alerts { id summary status } } }`, {}, asAda);
    expect(listed.data!.viewer.alerts).toEqual([{ id, summary: "“llm”", status: "ACTIVE" }]);
    expect((await api.gql(MANAGE.pause, { input: { id } }, asAda)).data!.pauseAlert.alert.status).toBe("PAUSED");
    const stolen = await api.gql(MANAGE.remove, { input: { id } }, asMallory);
    expect(stolen.errors![0].extensions!.code).toBe("NOT_FOUND");
    expect((await api.gql(`{ viewer { alerts { id } } }`, {}, asMallory)).data!.viewer.alerts).toEqual([]);

    // Not verified: the alert waits for its confirmation like anyone's, and the address's other alerts stay private.
    const unverified = await makeUser(api.ds, { email: "eve@example.com", verified: false });
    await createAlert("eve@example.com", { query: "go" }); // made anonymously for that address
    const eve = bearer(await sessionFor(api.ds, unverified));
    const mine = await api.gql(
      `mutation($input: CreateAlertInput!) { createAlert(input: $input) { alert { status } } }`,
      { input: { criteria: { query: "rust" } } },
      eve,
    );
    expect(mine.data!.createAlert.alert.status).toBe("PENDING_CONFIRMATION");
    expect((await api.gql(`{ viewer { alerts { summary } } }`, {}, eve)).data!.viewer.alerts).toEqual([]);
  });
});

describe("one-click unsubscribe (RFC 8058)", () => {
  test("a POST with no cookie unsubscribes; a GET only leads to the page that asks", async () => {
    const { alert } = await confirmedAlert("ada@example.com", { query: "llm" });
    const [email] = await api.ds.query(`SELECT headers FROM email_outbox WHERE kind = 'ALERT_CONFIRMATION'`);
    const target = (email.headers["List-Unsubscribe"] as string).slice(1, -1).replace(/^http:\/\/localhost:\d+/, api.server.url);

    const get = await fetch(target, { redirect: "manual" });
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toMatch(new RegExp(`^${TEST_WEB_URL}/alerts/unsubscribe\\?token=`));
    expect(await api.ds.query(`SELECT status FROM alerts`)).toEqual([{ status: "ACTIVE" }]);

    const post = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(post.status).toBe(200);
    expect(await api.ds.query(`SELECT status FROM alerts`)).toEqual([{ status: "UNSUBSCRIBED" }]);
    await api.make.job({ title: "LLM Engineer" });
    expect(await run()).toEqual({ alerts: 0, emails: 0 });

    const forged = await fetch(target.replace(/token=\d+/, "token=999"), { method: "POST", body: "List-Unsubscribe=One-Click" });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(alert.id).toBeTruthy();
  });
});
