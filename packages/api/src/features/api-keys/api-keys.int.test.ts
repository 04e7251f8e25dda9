import { createHash } from "node:crypto";
import { bearer, browserCookie, makeApiKey, makeUser, sessionFor } from "../../../test/support/accounts";
import { useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { toGlobalId } from "../../shared/graphql/global-id";
import { VERIFIED_KEY_TTL_MS } from "./api-key.service";
import { Role } from "../accounts";

const api = useTestApi();

const CREATE = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name ownerEmail prefix hourlyBudget createdAt lastUsedAt revokedAt usedThisHour } }
}`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id prefix revokedAt usedThisHour } }`;
const LIST = `query { apiKeys { id name prefix hourlyBudget createdAt lastUsedAt revokedAt usedThisHour } }`;
const RATE_LIMIT = `query RateLimit { rateLimit { limit cost used remaining resetAt } }`;
/** A read whose cost is well above one point: 100 jobs with their descriptions. */
const JOBS = `query ($first: Int) { jobs(first: $first) { edges { node { id description } } } }`;

const count = async (table: string) => Number((await api.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
const written = async () => ({ apiKeys: await count("api_keys"), audit: await count("audit_log") });

/** The two ways a partner sends a key. */
const keyHeaders = (key: string): Record<string, string>[] => [{ "x-api-key": key }, { authorization: `Bearer ${key}` }];

function expectCode(res: GraphQLResponse, code: string, field?: string) {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  if (field) expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field })]);
}

function ok<T = Record<string, any>>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
}

/** An admin's headers (a script's bearer session), and the admin. */
async function signedInAdmin() {
  const user = await makeUser(api.ds, { role: Role.ADMIN, email: "admin@example.com" });
  return { user, headers: bearer(await sessionFor(api.ds, user)) };
}

describe("creating a key", () => {
  test("an admin gets the whole key once; the table keeps its prefix and a SHA-256, never the key", async () => {
    const { headers } = await signedInAdmin();
    const res = ok(await api.gql(CREATE, { input: { name: " Jobs Board ", ownerEmail: "Dev@Partner.example" } }, headers));
    const { secret, apiKey } = res.createApiKey;
    expect(secret).toMatch(/^hai_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: "Jobs Board",
      ownerEmail: "dev@partner.example",
      prefix: secret.slice(0, 16),
      hourlyBudget: 5_000, // API_KEY_DEFAULT_BUDGET
      lastUsedAt: null,
      revokedAt: null,
      usedThisHour: 0,
    });
    const [row] = await api.ds.query(`SELECT * FROM api_keys`);
    expect(apiKey.id).toBe(toGlobalId("ApiKey", row.id));
    expect(row.secret_hash).toBe(createHash("sha256").update(secret).digest("hex"));
    const secretPart = secret.slice(17);
    expect(JSON.stringify(row)).not.toContain(secretPart);

    // The key works, with its own budget; the list never shows the secret again.
    const limit = ok(await api.gql(RATE_LIMIT, {}, { "x-api-key": secret }));
    expect(limit.rateLimit.limit).toBe(5_000);
    const listed = ok(await api.gql(LIST, {}, headers));
    expect(JSON.stringify(listed)).not.toContain(secretPart);
  });

  test("the creator may set the key's hourly budget; the action is in the audit log without secret or hash", async () => {
    const { user, headers } = await signedInAdmin();
    const res = ok(
      await api.gql(CREATE, { input: { name: "Big partner", ownerEmail: "big@partner.example", hourlyBudget: 250_000 } }, headers),
    );
    const { secret, apiKey } = res.createApiKey;
    expect(apiKey.hourlyBudget).toBe(250_000);
    expect(ok(await api.gql(RATE_LIMIT, {}, { "x-api-key": secret })).rateLimit.limit).toBe(250_000);

    const [row] = await api.ds.query(`SELECT id, secret_hash, created_by_id FROM api_keys`);
    expect(row.created_by_id).toBe(user.id);
    const audit = await api.ds.query(`SELECT actor_id, actor_email, action, target_type, target_id, before, after FROM audit_log`);
    expect(audit).toEqual([
      {
        actor_id: user.id,
        actor_email: "admin@example.com",
        action: "apiKey.create",
        target_type: "ApiKey",
        target_id: String(row.id),
        before: null,
        after: expect.objectContaining({ name: "Big partner", prefix: apiKey.prefix, hourlyBudget: 250_000 }),
      },
    ]);
    const logged = JSON.stringify(audit);
    expect(logged).not.toContain(row.secret_hash);
    expect(logged).not.toContain(secret.slice(17));
    expect(logged).not.toMatch(/secretHash|secret_hash/);
  });

  test("an admin signed in in the browser (session cookie) may create keys too", async () => {
    const user = await makeUser(api.ds, { role: Role.ADMIN });
    const res = await api.gql(
      CREATE,
      { input: { name: "From the playground", ownerEmail: "p@partner.example" } },
      browserCookie(await sessionFor(api.ds, user)),
    );
    expect(ok(res).createApiKey.apiKey.name).toBe("From the playground");
  });

  test.each([
    ["an empty name", { name: "", ownerEmail: "a@partner.example" }, "input.name"],
    ["a blank name", { name: "   ", ownerEmail: "a@partner.example" }, "input.name"],
    ["a name of 101 characters", { name: "x".repeat(101), ownerEmail: "a@partner.example" }, "input.name"],
    ["an owner email that is not one", { name: "Partner", ownerEmail: "not an email" }, "input.ownerEmail"],
    ["a budget of 0", { name: "Partner", ownerEmail: "a@partner.example", hourlyBudget: 0 }, "input.hourlyBudget"],
    ["a budget above 10,000,000", { name: "Partner", ownerEmail: "a@partner.example", hourlyBudget: 10_000_001 }, "input.hourlyBudget"],
    ["a budget beyond Int", { name: "Partner", ownerEmail: "a@partner.example", hourlyBudget: 2 ** 31 }, "input.hourlyBudget"],
  ])("%s is BAD_USER_INPUT naming the field, and nothing is written", async (_what, input, field) => {
    const { headers } = await signedInAdmin();
    const res = await api.gql(CREATE, { input }, headers);
    expect(res.status).not.toBe(500);
    expectCode(res, "BAD_USER_INPUT", field);
    expect(await written()).toEqual({ apiKeys: 0, audit: 0 });
  });

  test("the largest budget and a 100-character name are accepted", async () => {
    const { headers } = await signedInAdmin();
    const input = { name: "x".repeat(100), ownerEmail: "a@partner.example", hourlyBudget: 10_000_000 };
    expect(ok(await api.gql(CREATE, { input }, headers)).createApiKey.apiKey.hourlyBudget).toBe(10_000_000);
  });
});

describe("listing keys", () => {
  test("shows each key's prefix, when it was last used and the points it spent this hour; revoked keys last", async () => {
    const { headers } = await signedInAdmin();
    const busy = await makeApiKey(api.ds, { name: "Busy" });
    const idle = await makeApiKey(api.ds, { name: "Idle" });
    const gone = await makeApiKey(api.ds, { name: "Gone", revoked: true });

    let spent = 0;
    for (const [query, variables] of [
      [JOBS, { first: 100 }],
      [JOBS, { first: 5 }],
      [RATE_LIMIT, {}],
    ] as const) {
      const res = await api.gql(query, variables, { "x-api-key": busy.secret });
      expect(res.errors).toBeUndefined();
      spent += (res.extensions!.rateLimit as { cost: number }).cost;
    }
    expect(spent).toBeGreaterThan(3); // the 100-job page costs more than a point

    const { apiKeys } = ok(await api.gql(LIST, {}, headers));
    expect(apiKeys.map((k: any) => k.name)).toEqual(["Idle", "Busy", "Gone"]);
    const [idleListed, busyListed, goneListed] = apiKeys;
    expect(busyListed).toMatchObject({ prefix: busy.secret.slice(0, 16), hourlyBudget: 5_000, usedThisHour: spent, revokedAt: null });
    expect(Date.parse(busyListed.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(busyListed.createdAt));
    expect(idleListed).toMatchObject({ prefix: idle.secret.slice(0, 16), usedThisHour: 0, lastUsedAt: null });
    expect(goneListed).toMatchObject({ prefix: gone.secret.slice(0, 16), usedThisHour: 0, revokedAt: expect.any(String) });
  });

  test("usedThisHour counts what the key spent sent as Authorization: Bearer as well", async () => {
    const { headers } = await signedInAdmin();
    const key = await makeApiKey(api.ds);
    for (let i = 0; i < 3; i++) expect((await api.gql(RATE_LIMIT, {}, { authorization: `Bearer ${key.secret}` })).errors).toBeUndefined();
    expect(ok(await api.gql(LIST, {}, headers)).apiKeys[0].usedThisHour).toBe(3);
  });
});

describe("revoking a key", () => {
  test("the next request with it is 401 UNAUTHENTICATED; revoking again changes nothing and logs once", async () => {
    const { user, headers } = await signedInAdmin();
    const key = await makeApiKey(api.ds);
    expect(ok(await api.gql(RATE_LIMIT, {}, { "x-api-key": key.secret })).rateLimit.limit).toBe(5_000);

    const id = toGlobalId("ApiKey", key.key.id);
    const revoked = ok(await api.gql(REVOKE, { id }, headers)).revokeApiKey;
    expect(revoked).toMatchObject({ id, prefix: key.secret.slice(0, 16), revokedAt: expect.any(String), usedThisHour: 1 });

    for (const header of keyHeaders(key.secret)) {
      const refused = await api.gql(RATE_LIMIT, {}, header);
      expect(refused.status).toBe(401);
      expectCode(refused, "UNAUTHENTICATED");
      expect(refused.data).toBeUndefined();
    }

    const again = ok(await api.gql(REVOKE, { id }, headers)).revokeApiKey;
    expect(again.revokedAt).toBe(revoked.revokedAt);
    const audit = await api.ds.query(`SELECT actor_id, action, target_id, before, after FROM audit_log`);
    expect(audit).toEqual([
      {
        actor_id: user.id,
        action: "apiKey.revoke",
        target_id: String(key.key.id),
        before: expect.objectContaining({ revokedAt: null, prefix: key.key.prefix }),
        after: expect.objectContaining({ revokedAt: expect.any(String), prefix: key.key.prefix }),
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/secretHash/);
  });

  test("a key revoked by another API process is refused here within VERIFIED_KEY_TTL_MS", async () => {
    const key = await makeApiKey(api.ds);
    expect((await api.gql(RATE_LIMIT, {}, { "x-api-key": key.secret })).status).toBe(200);
    // Another process revokes it: this one's memory of the key is not told.
    await api.ds.query(`UPDATE api_keys SET revoked_at = now() WHERE id = $1`, [key.key.id]);
    await new Promise((resolve) => setTimeout(resolve, VERIFIED_KEY_TTL_MS + 250));
    const refused = await api.gql(RATE_LIMIT, {}, { "x-api-key": key.secret });
    expect(refused.status).toBe(401);
    expectCode(refused, "UNAUTHENTICATED");
  });

  test.each([
    ["an unknown key's id", toGlobalId("ApiKey", 999_999)],
    ["a job's id", toGlobalId("Job", 1)],
    ["something that is no id", "not-an-id"],
  ])("%s is BAD_USER_INPUT on `id`, and nothing is written", async (_what, id) => {
    const { headers } = await signedInAdmin();
    await makeApiKey(api.ds);
    const res = await api.gql(REVOKE, { id }, headers);
    expectCode(res, "BAD_USER_INPUT", "id");
    expect(await written()).toEqual({ apiKeys: 1, audit: 0 });
    expect((await api.ds.query(`SELECT revoked_at FROM api_keys`))[0].revoked_at).toBeNull();
  });
});

describe("sending a key", () => {
  test("works as X-API-Key and as Authorization: Bearer, with the key's own budget", async () => {
    const key = await makeApiKey(api.ds, { hourlyBudget: 777 });
    for (const header of keyHeaders(key.secret)) {
      expect(ok(await api.gql(RATE_LIMIT, {}, header)).rateLimit).toMatchObject({ limit: 777, cost: 1 });
    }
    expect(ok(await api.gql(RATE_LIMIT, {}, { "x-api-key": key.secret })).rateLimit.used).toBe(3);
  });

  test.each([
    ["an unknown key", "hai_abcdefghijkl_" + "A".repeat(43)],
    ["a known prefix with a wrong secret", null],
    ["a malformed key", "hai_short"],
  ])("%s is 401 UNAUTHENTICATED, never anonymous access", async (_what, given) => {
    const key = await makeApiKey(api.ds);
    const credential = given ?? `${key.secret.slice(0, 17)}${"B".repeat(43)}`;
    for (const header of keyHeaders(credential)) {
      const res = await api.gql(RATE_LIMIT, {}, header);
      expect(res.status).toBe(401);
      expectCode(res, "UNAUTHENTICATED");
      expect(res.data).toBeUndefined();
    }
  });

  test("whatever X-API-Key carries is refused as a key, not as a session token", async () => {
    const res = await api.gql(RATE_LIMIT, {}, { "x-api-key": "not-a-key-at-all" });
    expect(res.status).toBe(401);
    expectCode(res, "UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toBe("This API key is unknown or has been revoked.");
  });
});

describe("only admins manage keys", () => {
  test("anonymous callers, job seekers, employers and partner keys are refused, and nothing is written", async () => {
    const target = await makeApiKey(api.ds);
    const seeker = await makeUser(api.ds, { role: Role.JOB_SEEKER });
    const employer = await makeUser(api.ds, { role: Role.EMPLOYER });
    const callers: [string, Record<string, string>, string][] = [
      ["anonymous", {}, "UNAUTHENTICATED"],
      ["job seeker", bearer(await sessionFor(api.ds, seeker)), "FORBIDDEN"],
      ["employer (browser)", browserCookie(await sessionFor(api.ds, employer)), "FORBIDDEN"],
      ["partner key", { "x-api-key": target.secret }, "FORBIDDEN"],
    ];
    const before = await written();
    for (const [who, headers, code] of callers) {
      const attempts = [
        await api.gql(CREATE, { input: { name: "Mine", ownerEmail: "me@example.com", hourlyBudget: 10_000_000 } }, headers),
        await api.gql(REVOKE, { id: toGlobalId("ApiKey", target.key.id) }, headers),
        await api.gql(LIST, {}, headers),
      ];
      for (const res of attempts) {
        expect([who, res.errors?.map((e) => e.extensions?.code)]).toEqual([who, [code]]);
        expect(res.data).toBeNull();
        expect(JSON.stringify(res)).not.toContain(target.key.prefix);
      }
    }
    expect(await written()).toEqual(before);
    expect((await api.ds.query(`SELECT revoked_at FROM api_keys`))[0].revoked_at).toBeNull();
  });
});
