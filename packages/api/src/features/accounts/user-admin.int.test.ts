import { bearer, GOOD_PASSWORD, makeUser, sessionFor } from "../../../test/support/accounts";
import { useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Role } from "./user.enums";
import type { User } from "./user.entity";

const api = useTestApi();

const USERS = `query ($first: Int, $after: String, $query: String) {
  users(first: $first, after: $after, query: $query) { totalCount edges { cursor node { email role disabled } } pageInfo { hasNextPage endCursor } }
}`;
const SET_ROLE = `mutation ($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id email role } }`;
const DISABLE = `mutation ($id: ID!) { disableUser(id: $id) { email disabled } }`;
const ENABLE = `mutation ($id: ID!) { enableUser(id: $id) { email disabled } }`;
const VIEWER = `{ viewer { email role } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password, bearer: true }) { token } }`;
const AUDIT = `{ auditLog(targetType: "User") { action actorEmail targetType targetId before after } }`;

const id = (user: User) => toGlobalId("User", user.id);
const count = async (table: string) => Number((await api.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
/** The users table as it stands, and the audit log's size: what a refused change must leave alone. */
const state = async () => ({ users: await api.ds.query(`SELECT * FROM users ORDER BY id`), audit: await count("audit_log") });

async function admin(email = "admin@example.com") {
  const user = await makeUser(api.ds, { role: Role.ADMIN, email });
  const headers = bearer(await sessionFor(api.ds, user));
  return { user, headers, gql: (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, headers) };
}

function expectBadInput(res: GraphQLResponse, field: string, message?: RegExp) {
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  expect(res.errors![0].extensions!.fields).toEqual([{ field, message: expect.stringMatching(message ?? /./) }]);
}

describe("users", () => {
  test("lists accounts newest first, finds them by email in any case, and pages with a cursor", async () => {
    const { gql } = await admin();
    for (const email of ["ada@example.com", "grace@lab.example", "alan@example.com"]) await makeUser(api.ds, { email });
    await api.ds.query(`UPDATE users SET created_at = now() - (id || ' minutes')::interval`);
    const all = await gql(USERS, {});
    expect(all.errors).toBeUndefined();
    expect(all.data!.users.totalCount).toBe(4);
    expect(all.data!.users.edges.map((e: any) => e.node.email)).toEqual([
      "admin@example.com",
      "ada@example.com",
      "grace@lab.example",
      "alan@example.com",
    ]);

    const found = await gql(USERS, { query: "  EXAMPLE.COM " });
    expect(found.data!.users.edges.map((e: any) => e.node.email)).toEqual(["admin@example.com", "ada@example.com", "alan@example.com"]);
    expect((await gql(USERS, { query: "%" })).data!.users.totalCount).toBe(0);

    const first = await gql(USERS, { first: 2 });
    expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
    const next = await gql(USERS, { first: 2, after: first.data!.users.pageInfo.endCursor });
    expect(next.data!.users.edges.map((e: any) => e.node.email)).toEqual(["grace@lab.example", "alan@example.com"]);
    expect(next.data!.users.pageInfo.hasNextPage).toBe(false);
  });

  test("bounded: 1 to 100 a page, and a forged cursor is refused beside its field", async () => {
    const { gql } = await admin();
    expectBadInput(await gql(USERS, { first: 101 }), "first");
    expectBadInput(await gql(USERS, { first: 0 }), "first");
    expectBadInput(await gql(USERS, { after: "bm90IGEgY3Vyc29y" }), "after");
  });
});

describe("setUserRole", () => {
  test("changes the role from the account's next request, and the audit log has it before and after", async () => {
    const { gql } = await admin();
    const ada = await makeUser(api.ds, { email: "ada@example.com" });
    const adaHeaders = bearer(await sessionFor(api.ds, ada));
    const res = await gql(SET_ROLE, { id: id(ada), role: "EMPLOYER" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setUserRole).toEqual({ id: id(ada), email: "ada@example.com", role: "EMPLOYER" });
    // The same session, the new role.
    expect((await api.gql(VIEWER, {}, adaHeaders)).data!.viewer.role).toBe("EMPLOYER");

    const audit = await gql(AUDIT);
    expect(audit.data!.auditLog).toEqual([
      {
        action: "user.setRole",
        actorEmail: "admin@example.com",
        targetType: "User",
        targetId: String(ada.id),
        before: expect.objectContaining({ email: "ada@example.com", role: "JOB_SEEKER" }),
        after: expect.objectContaining({ email: "ada@example.com", role: "EMPLOYER" }),
      },
    ]);
    expect(audit.data!.auditLog[0].after).not.toHaveProperty("passwordHash");

    // Setting the role it already has changes nothing and logs nothing.
    const before = await state();
    expect((await gql(SET_ROLE, { id: id(ada), role: "EMPLOYER" })).errors).toBeUndefined();
    expect(await state()).toEqual(before);
  });

  test("a promoted admin has admin powers at once; a demoted one loses them at once", async () => {
    const { gql } = await admin();
    const ada = await makeUser(api.ds, { email: "ada@example.com" });
    const adaHeaders = bearer(await sessionFor(api.ds, ada));
    expect((await api.gql(USERS, {}, adaHeaders)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await gql(SET_ROLE, { id: id(ada), role: "ADMIN" });
    expect((await api.gql(USERS, {}, adaHeaders)).errors).toBeUndefined();
    await gql(SET_ROLE, { id: id(ada), role: "JOB_SEEKER" });
    expect((await api.gql(USERS, {}, adaHeaders)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test("an admin can't demote themself; unknown and malformed ids are refused; nothing is written", async () => {
    const { user, gql } = await admin();
    const before = await state();
    expectBadInput(await gql(SET_ROLE, { id: id(user), role: "EMPLOYER" }), "role", /your own admin role/);
    expectBadInput(await gql(SET_ROLE, { id: toGlobalId("User", 999_999), role: "EMPLOYER" }), "id", /No account/);
    expectBadInput(await gql(SET_ROLE, { id: toGlobalId("Job", user.id), role: "EMPLOYER" }), "id");
    expectBadInput(await gql(SET_ROLE, { id: "garbage", role: "EMPLOYER" }), "id");
    expectBadInput(await gql(SET_ROLE, { id: id(user), role: "OWNER" }), "role");
    expect(await state()).toEqual(before);
    // Keeping one's own admin role is fine (and changes nothing).
    expect((await gql(SET_ROLE, { id: id(user), role: "ADMIN" })).errors).toBeUndefined();
    expect(await state()).toEqual(before);
  });

  test("two admins demoting each other at once: one wins, the other is refused, and an admin remains", async () => {
    const a = await admin("a@example.com");
    const b = await admin("b@example.com");
    const [byA, byB] = await Promise.all([
      a.gql(SET_ROLE, { id: id(b.user), role: "JOB_SEEKER" }),
      b.gql(SET_ROLE, { id: id(a.user), role: "JOB_SEEKER" }),
    ]);
    const outcomes = [byA, byB].map((res) => res.errors?.[0].extensions?.code ?? "OK").sort();
    expect(outcomes).toEqual(["FORBIDDEN", "OK"]);
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`))[0].n).toBe(1);
    expect(await count("audit_log")).toBe(1);
  });
});

describe("disableUser and enableUser", () => {
  test("disabling ends every session of the account and stops sign-in; enabling lets it sign in again; both are logged", async () => {
    const { gql } = await admin();
    const ada = await makeUser(api.ds, { email: "ada@example.com" });
    const other = await makeUser(api.ds, { email: "other@example.com" });
    const tokens = [await sessionFor(api.ds, ada), await sessionFor(api.ds, ada)];
    const othersToken = await sessionFor(api.ds, other);

    const res = await gql(DISABLE, { id: id(ada) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.disableUser).toEqual({ email: "ada@example.com", disabled: true });
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [ada.id]))[0].n).toBe(0);
    for (const token of tokens) expect((await api.gql(VIEWER, {}, bearer(token))).status).toBe(401);
    expect((await api.gql(SIGN_IN, { email: "ada@example.com", password: GOOD_PASSWORD })).errors![0].extensions!.code).toBe("FORBIDDEN");
    // Nobody else was signed out.
    expect((await api.gql(VIEWER, {}, bearer(othersToken))).data!.viewer.email).toBe("other@example.com");

    const enabled = await gql(ENABLE, { id: id(ada) });
    expect(enabled.data!.enableUser).toEqual({ email: "ada@example.com", disabled: false });
    const signIn = await api.gql(SIGN_IN, { email: "ada@example.com", password: GOOD_PASSWORD });
    expect(signIn.errors).toBeUndefined();
    // The old sessions stay ended.
    for (const token of tokens) expect((await api.gql(VIEWER, {}, bearer(token))).status).toBe(401);

    const audit = (await gql(AUDIT)).data!.auditLog;
    expect(audit.map((e: any) => e.action)).toEqual(["user.enable", "user.disable"]);
    expect(audit[1].before.disabledAt).toBeNull();
    expect(audit[1].after.disabledAt).toEqual(expect.any(String));
    expect(audit[0].after.disabledAt).toBeNull();
  });

  test("an admin can't disable themself, and their sessions are left alone", async () => {
    const { user, headers, gql } = await admin();
    const before = await state();
    const sessions = await count("sessions");
    expectBadInput(await gql(DISABLE, { id: id(user) }), "id", /your own account/);
    expect(await state()).toEqual(before);
    expect(await count("sessions")).toBe(sessions);
    expect((await api.gql(VIEWER, {}, headers)).data!.viewer.email).toBe("admin@example.com");
  });

  test("disabling a disabled account or enabling an enabled one changes nothing and logs nothing", async () => {
    const { gql } = await admin();
    const off = await makeUser(api.ds, { disabled: true });
    const on = await makeUser(api.ds);
    const before = await state();
    expect((await gql(DISABLE, { id: id(off) })).data!.disableUser.disabled).toBe(true);
    expect((await gql(ENABLE, { id: id(on) })).data!.enableUser.disabled).toBe(false);
    expect(await state()).toEqual(before);
  });
});
