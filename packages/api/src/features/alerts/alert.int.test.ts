import { startServer, type RunningServer } from "../../app/server";
import { testConfig, useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { ALERT_LIMITS } from "./alert.service";

const api = useTestApi();
const CREATE_ALERT = `
  mutation CreateAlert($input: CreateAlertInput!) {
    createAlert(input: $input) {
      alert { id email frequency status criteria { query categories seniorities employmentTypes remote locations companies tags salaryMin salaryCurrency } }
    }
  }`;

type Input = { email: string; frequency?: string; criteria: Record<string, unknown> };
const create = (input: Input, url = api.server.url) => gqlAt(url, CREATE_ALERT, { input: { frequency: "DAILY", ...input } });

async function gqlAt(url: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, requestId: res.headers.get("x-request-id"), ...((await res.json()) as object) };
}

const counts = async () =>
  (await api.ds.query(`SELECT (SELECT count(*) FROM alerts)::int AS alerts, (SELECT count(*) FROM email_outbox)::int AS emails`))[0] as {
    alerts: number;
    emails: number;
  };
const alertRow = async () => (await api.ds.query(`SELECT * FROM alerts`))[0];

/** A refusal: 429 with a Retry-After header that agrees with extensions.retryAfter, within the hour. */
function expectRateLimited(res: GraphQLResponse) {
  expect(res.status).toBe(429);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  expect(res.errors![0].extensions!.retryAfter).toBe(retryAfter);
}

function expectAlert(res: GraphQLResponse) {
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  return res.data!.createAlert.alert as { id: string; email: string; status: string; frequency: string; criteria: Record<string, unknown> };
}

test("200 identical requests at once store one alert and queue one email; the rest get it or RATE_LIMITED", async () => {
  const input = { email: "ada@example.com", criteria: { query: "llm" } };
  const responses = await Promise.all(Array.from({ length: 200 }, () => create(input)));
  const ok = responses.filter((r) => r.status === 200);
  for (const r of responses.filter((r) => r.status !== 200)) expectRateLimited(r);
  expect(ok).toHaveLength(ALERT_LIMITS.perEmail.points);
  expect(new Set(ok.map((r) => expectAlert(r).id)).size).toBe(1);
  expect(await counts()).toEqual({ alerts: 1, emails: 1 });
});

test("the same search in another order, case or with repeats is the same alert", async () => {
  await api.make.category({ slug: "generative-ai" });
  await api.make.category({ slug: "research" });
  await api.make.location({ slug: "london" });
  const first = expectAlert(
    await create({
      email: "Ada@Example.com",
      criteria: {
        query: "LLM  Platform",
        categories: ["research", "generative-ai"],
        seniorities: ["SENIOR", "LEAD"],
        tags: ["Rust", "python"],
        locations: ["london"],
        salaryMin: 100000,
      },
    }),
  );
  const again = expectAlert(
    await create({
      email: "ADA@example.COM",
      criteria: {
        query: "llm platform",
        categories: ["Generative-AI", "research", "generative-ai"],
        seniorities: ["LEAD", "SENIOR"],
        tags: ["python", "rust", "RUST"],
        locations: ["LONDON"],
        salaryMin: 100000,
        salaryCurrency: "USD",
      },
    }),
  );
  expect(again.id).toBe(first.id);
  expect(first.criteria).toMatchObject({
    query: "LLM Platform",
    categories: ["generative-ai", "research"],
    seniorities: ["LEAD", "SENIOR"],
    tags: ["python", "rust"],
    locations: ["london"],
    salaryCurrency: "USD",
  });
  expect(await counts()).toEqual({ alerts: 1, emails: 1 });

  // A different search is a different alert.
  const other = expectAlert(await create({ email: "ada@example.com", criteria: { query: "llm platform", categories: ["research"] } }));
  expect(other.id).not.toBe(first.id);
  expect(await counts()).toEqual({ alerts: 2, emails: 2 });
});

test("a 6th request for one address within the hour is refused and writes nothing", async () => {
  for (let i = 1; i <= 5; i++) expectAlert(await create({ email: "ada@example.com", criteria: { query: `search ${i}` } }));
  expect(await counts()).toEqual({ alerts: 5, emails: 5 });
  const refused = await create({ email: "ADA@example.com", criteria: { query: "search 6" } });
  expectRateLimited(refused);
  expect(refused.data ?? null).toBeNull();
  expect(await counts()).toEqual({ alerts: 5, emails: 5 });
  // Another address still has its own budget.
  expectAlert(await create({ email: "grace@example.com", criteria: { query: "search 6" } }));
});

test("one client may make 100 alert requests an hour, whatever the addresses", async () => {
  const { points } = ALERT_LIMITS.perIp;
  for (let batch = 0; batch < points; batch += 20) {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => create({ email: `user${batch + i}@example.com`, criteria: { query: "llm" } })),
    );
    responses.forEach(expectAlert);
  }
  const refused = await create({ email: "one-more@example.com", criteria: { query: "llm" } });
  expectRateLimited(refused);
  expect(refused.errors![0].message).toBe(ALERT_LIMITS.perIp.message);
  expect(await counts()).toEqual({ alerts: points, emails: points });
});

test("a pending alert's confirmation is sent again only after an hour; so is an unsubscribed one's", async () => {
  const input = { email: "ada@example.com", criteria: { query: "llm" } };
  const alert = expectAlert(await create(input));
  const before = await alertRow();

  // Within the hour: the same alert, untouched, and no second email.
  expect(expectAlert(await create({ ...input, frequency: "WEEKLY" }))).toMatchObject({ id: alert.id, frequency: "DAILY" });
  expect(await alertRow()).toEqual(before);
  expect(await counts()).toEqual({ alerts: 1, emails: 1 });

  // An hour on: a fresh confirmation, for the new frequency.
  await api.ds.query(`UPDATE alerts SET confirmation_sent_at = now() - interval '61 minutes'`);
  expect(expectAlert(await create({ ...input, frequency: "WEEKLY" }))).toMatchObject({
    id: alert.id,
    frequency: "WEEKLY",
    status: "PENDING_CONFIRMATION",
  });
  expect(await counts()).toEqual({ alerts: 1, emails: 2 });
  const emails = await api.ds.query(`SELECT text_body FROM email_outbox ORDER BY id`);
  expect(emails[1].text_body).toMatch(/weekly job alert/);
  expect(emails[1].text_body).not.toBe(emails[0].text_body);

  // An unsubscribed alert may be asked for again, after the hour too.
  await api.ds.query(`UPDATE alerts SET status = 'UNSUBSCRIBED'`);
  expect(expectAlert(await create(input)).status).toBe("UNSUBSCRIBED");
  expect(await counts()).toEqual({ alerts: 1, emails: 2 });
  await api.ds.query(`UPDATE alerts SET confirmation_sent_at = now() - interval '61 minutes'`);
  expect(expectAlert(await create(input)).status).toBe("PENDING_CONFIRMATION");
  expect(await counts()).toEqual({ alerts: 1, emails: 3 });
});

test("repeats at once after the hour send one fresh confirmation between them", async () => {
  const input = { email: "ada@example.com", criteria: { query: "llm" } };
  const alert = expectAlert(await create(input));
  await api.ds.query(`UPDATE alerts SET confirmation_sent_at = now() - interval '61 minutes'`);
  const repeats = await Promise.all(Array.from({ length: ALERT_LIMITS.perEmail.points - 1 }, () => create(input)));
  expect(repeats.map((r) => expectAlert(r).id)).toEqual(repeats.map(() => alert.id));
  expect(await counts()).toEqual({ alerts: 1, emails: 2 });
});

test("an ACTIVE alert is not changed by a repeat, and gets no new email", async () => {
  const input = { email: "ada@example.com", criteria: { query: "llm" } };
  const alert = expectAlert(await create(input));
  await api.ds.query(`UPDATE alerts SET status = 'ACTIVE', confirmed_at = now(), confirmation_sent_at = now() - interval '2 hours'`);
  const active = await alertRow();
  expect(expectAlert(await create({ ...input, frequency: "INSTANT" }))).toMatchObject({
    id: alert.id,
    status: "ACTIVE",
    frequency: "DAILY",
  });
  expect(await alertRow()).toEqual(active);
  expect(await counts()).toEqual({ alerts: 1, emails: 1 });
});

describe("two API processes", () => {
  let second: RunningServer;
  beforeAll(async () => {
    second = await startServer(api.ds, testConfig(), { port: 0, host: "127.0.0.1" });
  });
  afterAll(() => second?.close());

  test("share one budget per address", async () => {
    const urls = [api.server.url, second.url, api.server.url, second.url, second.url];
    for (const [i, url] of urls.entries()) expectAlert(await create({ email: "ada@example.com", criteria: { query: `search ${i}` } }, url));
    expectRateLimited(await create({ email: "ada@example.com", criteria: { query: "search 5" } }, api.server.url));
    expectRateLimited(await create({ email: "ada@example.com", criteria: { query: "search 5" } }, second.url));
    expect(await counts()).toEqual({ alerts: 5, emails: 5 });
  });
});
