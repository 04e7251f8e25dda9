import { bearer, browserCookie, emailsTo, GOOD_PASSWORD, linkToken, makeUser, sessionFor } from "../../../test/support/accounts";
import { TEST_WEB_URL, testConfig, useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { startServer } from "../../app/server";
import { createLogger } from "../../shared/log/logger";
import { Role } from "./user.enums";

const api = useTestApi();

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { message } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token expiresAt viewer { email role emailVerified } } }`;
const VERIFY = `mutation ($input: TokenInput!) { verifyEmail(input: $input) { token viewer { email emailVerified } } }`;
const VIEWER = `{ viewer { email role emailVerified sessions { id current userAgent } } }`;
const SIGN_OUT = `mutation { signOut }`;
const EVERYWHERE = `mutation { signOutEverywhere }`;
const FORGOT = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) { message } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { token viewer { email } } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { email } }`;
const CHANGE_EMAIL = `mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) { message } }`;
const CONFIRM_EMAIL = `mutation ($token: String!) { confirmEmailChange(input: { token: $token }) { email emailVerified } }`;

const count = async (table: string) => Number((await api.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

function expectCode(res: GraphQLResponse, code: string, field?: string) {
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

async function signInBearer(email: string, password = GOOD_PASSWORD) {
  const res = await api.gql(SIGN_IN, { input: { email, password, bearer: true } });
  expect(res.errors).toBeUndefined();
  return res.data!.signIn.token as string;
}

describe("sign-up and email verification", () => {
  test("signing up emails a verification link; following it verifies the address and signs in with a safe cookie", async () => {
    const res = await api.gql(SIGN_UP, { input: { email: "Ada@Example.com", password: GOOD_PASSWORD, role: "EMPLOYER" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUp.message).toMatch(/check your inbox/i);
    const [mail] = await emailsTo(api.ds, "ada@example.com");
    expect(mail.kind).toBe("VERIFY_EMAIL");
    expect(mail.text).toContain(`${TEST_WEB_URL}/account/verify-email?token=`);

    const verified = await api.gql(VERIFY, { input: { token: linkToken(mail.text, "verify-email") } });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyEmail).toEqual({ token: null, viewer: { email: "ada@example.com", emailVerified: true } });
    const cookie = verified.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^hiredinai_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain http here; behind https it is Secure (see below)

    const token = /hiredinai_session=([\w-]+)/.exec(cookie)![1];
    const me = await api.gql(VIEWER, {}, browserCookie(token));
    expect(me.data!.viewer).toMatchObject({ email: "ada@example.com", role: "EMPLOYER", emailVerified: true });

    // A link works once.
    expectCode(await api.gql(VERIFY, { input: { token: linkToken(mail.text, "verify-email") } }), "BAD_USER_INPUT", "token");
  });

  test("signing up with a taken address answers the same, makes no account and tells the owner instead", async () => {
    await makeUser(api.ds, { email: "taken@example.com" });
    const res = await api.gql(SIGN_UP, { input: { email: "taken@example.com", password: "another-fine-long-passphrase" } });
    const fresh = await api.gql(SIGN_UP, { input: { email: "new@example.com", password: "another-fine-long-passphrase" } });
    expect(res.data).toEqual(fresh.data);
    expect(res.status).toBe(fresh.status);
    expect(await count("users")).toBe(2);
    expect((await emailsTo(api.ds, "taken@example.com")).map((m) => m.kind)).toEqual(["ACCOUNT_EXISTS"]);
  });

  test("a weak or short password is refused beside its field, in the product's words, and nothing is written", async () => {
    for (const password of ["password123456", "short", "ada@example.com!!"]) {
      const res = await api.gql(SIGN_UP, { input: { email: "ada@example.com", password } });
      expect(res.status).toBe(200);
      expectCode(res, "BAD_USER_INPUT", "input.password");
      expect(res.errors![0].extensions!.fields[0].message).toMatch(/characters|guess|email address/);
    }
    const badEmail = await api.gql(SIGN_UP, { input: { email: "not an email", password: GOOD_PASSWORD } });
    expectCode(badEmail, "BAD_USER_INPUT", "input.email");
    const admin = await api.gql(SIGN_UP, { input: { email: "boss@example.com", password: GOOD_PASSWORD, role: "ADMIN" } });
    expectCode(admin, "BAD_USER_INPUT", "input.role");
    expect(await count("users")).toBe(0);
    expect(await count("email_outbox")).toBe(0);
  });
});

describe("sign-in", () => {
  test("a wrong password and an unknown address get the same answer", async () => {
    await makeUser(api.ds, { email: "ada@example.com" });
    const wrong = await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: "not-the-password" } });
    const unknown = await api.gql(SIGN_IN, { input: { email: "nobody@example.com", password: "not-the-password" } });
    expectCode(wrong, "UNAUTHENTICATED", "input.password");
    expect(unknown.errors![0]).toEqual(wrong.errors![0]);
    expect(wrong.data).toEqual(unknown.data);
    expect(await count("sessions")).toBe(0);
  });

  test("the 6th wrong password in a minute is refused even with the right one", async () => {
    await makeUser(api.ds, { email: "ada@example.com" });
    for (let i = 0; i < 5; i++) {
      expectCode(await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: `guess-${i}` } }), "UNAUTHENTICATED");
    }
    const right = await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: GOOD_PASSWORD } });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    expectCode(right, "RATE_LIMITED");
    expect(await count("sessions")).toBe(0);
    // Another account from the same address is not locked by it.
    await makeUser(api.ds, { email: "grace@example.com" });
    expect((await api.gql(SIGN_IN, { input: { email: "grace@example.com", password: GOOD_PASSWORD } })).errors).toBeUndefined();
  });

  test("a right password clears earlier wrong ones", async () => {
    await makeUser(api.ds, { email: "ada@example.com" });
    for (let i = 0; i < 4; i++) await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: `guess-${i}` } });
    await signInBearer("ada@example.com");
    for (let i = 0; i < 4; i++) await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: `again-${i}` } });
    await signInBearer("ada@example.com");
  });

  test("a disabled account can't sign in, and its sessions stop working", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com" });
    const token = await sessionFor(api.ds, user);
    await api.ds.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    expectCode(await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: GOOD_PASSWORD } }), "FORBIDDEN");
    expect((await api.gql(VIEWER, {}, bearer(token))).status).toBe(401);
  });
});

describe("sessions", () => {
  test("a bearer token works for scripts until signed out; then it is refused with 401, never read as anonymous", async () => {
    await makeUser(api.ds, { email: "ada@example.com" });
    const token = await signInBearer("ada@example.com");
    expect((await api.gql(VIEWER, {}, bearer(token))).data!.viewer.email).toBe("ada@example.com");
    expect((await api.gql(SIGN_OUT, {}, bearer(token))).data).toEqual({ signOut: true });
    const after = await api.gql(VIEWER, {}, bearer(token));
    expect(after.status).toBe(401);
    expectCode(after, "UNAUTHENTICATED");
  });

  test("sessions end after two weeks unused, and after sixty days whatever happens", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com" });
    const idle = await sessionFor(api.ds, user);
    const old = await sessionFor(api.ds, user);
    const fresh = await sessionFor(api.ds, user);
    await api.ds.query(`UPDATE sessions SET last_used_at = now() - interval '15 days' WHERE id = encode(sha256($1::bytea), 'hex')`, [idle]);
    await api.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = encode(sha256($1::bytea), 'hex')`, [old]);
    expect((await api.gql(VIEWER, {}, bearer(idle))).status).toBe(401);
    expect((await api.gql(VIEWER, {}, bearer(old))).status).toBe(401);
    expect((await api.gql(VIEWER, {}, bearer(fresh))).data!.viewer.email).toBe("ada@example.com");
  });

  test("an expired cookie is cleared and the page goes on anonymous", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com" });
    const token = await sessionFor(api.ds, user);
    await api.ds.query(`DELETE FROM sessions`);
    const res = await api.gql(VIEWER, {}, browserCookie(token));
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ viewer: null });
    expect(res.headers.get("set-cookie")).toMatch(/hiredinai_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  test("the sessions list marks this one; sign out everywhere ends them all", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com" });
    const laptop = await sessionFor(api.ds, user);
    await sessionFor(api.ds, user);
    const phone = await sessionFor(api.ds, user);
    const list = await api.gql(VIEWER, {}, browserCookie(phone));
    expect(list.data!.viewer.sessions).toHaveLength(3);
    expect(list.data!.viewer.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const ended = await api.gql(EVERYWHERE, {}, browserCookie(phone));
    expect(ended.data).toEqual({ signOutEverywhere: 3 });
    expect(ended.headers.get("set-cookie")).toMatch(/hiredinai_session=;/);
    expect((await api.gql(VIEWER, {}, bearer(laptop))).status).toBe(401);
    expect((await api.gql(VIEWER, {}, browserCookie(phone))).data).toEqual({ viewer: null });
  });

  test("one session can be ended from another; someone else's session can't", async () => {
    const ada = await makeUser(api.ds, { email: "ada@example.com" });
    const grace = await makeUser(api.ds, { email: "grace@example.com" });
    const adaLaptop = await sessionFor(api.ds, ada);
    const adaPhone = await sessionFor(api.ds, ada);
    const graceToken = await sessionFor(api.ds, grace);
    const sessions = (await api.gql(VIEWER, {}, bearer(adaPhone))).data!.viewer.sessions as { id: string; current: boolean }[];
    const laptopId = sessions.find((s) => !s.current)!.id;
    const revoke = `mutation ($id: ID!) { revokeSession(id: $id) }`;
    expect((await api.gql(revoke, { id: laptopId }, bearer(graceToken))).data).toEqual({ revokeSession: false });
    expect((await api.gql(VIEWER, {}, bearer(adaLaptop))).status).toBe(200);
    expect((await api.gql(revoke, { id: laptopId }, bearer(adaPhone))).data).toEqual({ revokeSession: true });
    expect((await api.gql(VIEWER, {}, bearer(adaLaptop))).status).toBe(401);
  });

  test("a cookie sent from another site's page is refused and nothing is done", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com" });
    const token = await sessionFor(api.ds, user);
    const res = await api.gql(EVERYWHERE, {}, browserCookie(token, "https://evil.example"));
    expect(res.status).toBe(403);
    expectCode(res, "FORBIDDEN");
    expect(await count("sessions")).toBe(1);
    // From the web app's own origin, or with no Origin (not a browser), it works.
    expect((await api.gql(VIEWER, {}, browserCookie(token))).data!.viewer.email).toBe("ada@example.com");
    expect((await api.gql(VIEWER, {}, { cookie: `hiredinai_session=${token}` })).data!.viewer.email).toBe("ada@example.com");
  });

  test("the API allows the web app's origin to send credentials, never any origin", async () => {
    const preflight = await fetch(`${api.server.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: TEST_WEB_URL, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(TEST_WEB_URL);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    const evil = await fetch(`${api.server.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("passwords and addresses", () => {
  test("a reset link sets a new password once, ends every session and signs in; unknown addresses answer the same", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com", verified: false });
    const old = await sessionFor(api.ds, user);
    const known = await api.gql(FORGOT, { email: "ada@example.com" });
    const unknown = await api.gql(FORGOT, { email: "nobody@example.com" });
    expect(known.data).toEqual(unknown.data);
    expect(await emailsTo(api.ds, "nobody@example.com")).toEqual([]);
    const [mail] = await emailsTo(api.ds, "ada@example.com");
    const token = linkToken(mail.text, "reset-password");

    const weak = await api.gql(RESET, { input: { token, password: "password1234" } });
    expectCode(weak, "BAD_USER_INPUT", "input.password");
    const reset = await api.gql(RESET, { input: { token, password: "new-violet-staircase-ocean", bearer: true } });
    expect(reset.errors).toBeUndefined();
    expect((await api.gql(VIEWER, {}, bearer(old))).status).toBe(401);
    expect((await api.gql(VIEWER, {}, bearer(reset.data!.resetPassword.token))).data!.viewer.emailVerified).toBe(true);
    expectCode(await api.gql(RESET, { input: { token, password: "another-violet-staircase" } }), "BAD_USER_INPUT", "token");
    await signInBearer("ada@example.com", "new-violet-staircase-ocean");
    expectCode(await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: GOOD_PASSWORD } }), "UNAUTHENTICATED");
  });

  test("a reset link expires", async () => {
    await makeUser(api.ds, { email: "ada@example.com" });
    await api.gql(FORGOT, { email: "ada@example.com" });
    const [mail] = await emailsTo(api.ds, "ada@example.com");
    await api.ds.query(`UPDATE user_tokens SET expires_at = now() - interval '1 second'`);
    const res = await api.gql(RESET, { input: { token: linkToken(mail.text, "reset-password"), password: "new-violet-staircase-ocean" } });
    expectCode(res, "BAD_USER_INPUT", "token");
    expect(res.errors![0].extensions!.fields[0].message).toMatch(/expired/);
  });

  test("changing the password needs the current one and signs out the other sessions", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com" });
    const here = await sessionFor(api.ds, user);
    const elsewhere = await sessionFor(api.ds, user);
    const wrong = await api.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: "nope", newPassword: "new-violet-staircase-ocean" } },
      bearer(here),
    );
    expectCode(wrong, "BAD_USER_INPUT", "input.currentPassword");
    const ok = await api.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: GOOD_PASSWORD, newPassword: "new-violet-staircase-ocean" } },
      bearer(here),
    );
    expect(ok.errors).toBeUndefined();
    expect((await api.gql(VIEWER, {}, bearer(here))).status).toBe(200);
    expect((await api.gql(VIEWER, {}, bearer(elsewhere))).status).toBe(401);
    expect((await emailsTo(api.ds, "ada@example.com")).map((m) => m.kind)).toEqual(["PASSWORD_CHANGED"]);
  });

  test("a new email address takes effect when its link is followed, and the old address is told", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com", role: Role.EMPLOYER });
    const token = await sessionFor(api.ds, user);
    const res = await api.gql(CHANGE_EMAIL, { input: { newEmail: "ada@lovelace.example", password: GOOD_PASSWORD } }, bearer(token));
    expect(res.errors).toBeUndefined();
    expect((await api.gql(VIEWER, {}, bearer(token))).data!.viewer.email).toBe("ada@example.com");
    const [mail] = await emailsTo(api.ds, "ada@lovelace.example");
    const confirmed = await api.gql(CONFIRM_EMAIL, { token: linkToken(mail.text, "confirm-email") });
    expect(confirmed.data).toEqual({ confirmEmailChange: { email: "ada@lovelace.example", emailVerified: true } });
    expect((await emailsTo(api.ds, "ada@example.com")).map((m) => m.kind)).toEqual(["EMAIL_CHANGED"]);
    await signInBearer("ada@lovelace.example");
  });

  test("account mutations need a signed-in person", async () => {
    const res = await api.gql(CHANGE_PASSWORD, { input: { currentPassword: GOOD_PASSWORD, newPassword: "new-violet-staircase-ocean" } });
    expectCode(res, "UNAUTHENTICATED");
    expect((await api.gql(VIEWER)).data).toEqual({ viewer: null });
  });
});

describe("viewer", () => {
  test("lists the alerts saved for the signed-in person's address, and nobody else's", async () => {
    const user = await makeUser(api.ds, { email: "ada@example.com" });
    const token = await sessionFor(api.ds, user);
    const create = `mutation ($email: String!, $q: String!) { createAlert(input: { email: $email, criteria: { query: $q } }) { alert { id } } }`;
    expect((await api.gql(create, { email: "ada@example.com", q: "llm" })).errors).toBeUndefined();
    expect((await api.gql(create, { email: "grace@example.com", q: "vision" })).errors).toBeUndefined();
    const res = await api.gql(`{ viewer { alerts { email status criteria { query } } } }`, {}, bearer(token));
    expect(res.data!.viewer.alerts).toEqual([{ email: "ada@example.com", status: "PENDING_CONFIRMATION", criteria: { query: "llm" } }]);
  });
});

test("behind an https proxy the API trusts, the session cookie is Secure", async () => {
  await makeUser(api.ds, { email: "ada@example.com" });
  const server = await startServer(api.ds, testConfig({ TRUST_PROXY: "true" }), {
    port: 0,
    host: "127.0.0.1",
    log: createLogger("silent"),
  });
  try {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: "ada@example.com", password: GOOD_PASSWORD } } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
  } finally {
    await server.close();
  }
});

test("a page on another site can't sign the browser in (login CSRF): refused before a session exists", async () => {
  await makeUser(api.ds, { email: "ada@example.com" });
  const res = await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: GOOD_PASSWORD } }, { origin: "https://evil.example" });
  expectCode(res, "FORBIDDEN");
  expect(res.headers.get("set-cookie")).toBeNull();
  expect(await count("sessions")).toBe(0);
  // From the web app's own pages it works.
  const ok = await api.gql(SIGN_IN, { input: { email: "ada@example.com", password: GOOD_PASSWORD } }, { origin: TEST_WEB_URL });
  expect(ok.headers.get("set-cookie")).toMatch(/hiredinai_session=/);
});

test("sign-up sent over and over from one address is cut off, and the refused ones write nothing", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) {
    const res = await api.gql(SIGN_UP, { input: { email: `bulk${i}@example.com`, password: GOOD_PASSWORD } });
    statuses.push(res.status);
  }
  expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
  expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  expect(await count("users")).toBe(20);
  expect(await count("email_outbox")).toBe(20);
});
