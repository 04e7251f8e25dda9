import { bearer, makeUser, sessionFor } from "../../../test/support/accounts";
import { useTestApi } from "../../../test/support/test-api";
import { Role } from "../accounts";
import { AuditService } from "./audit.service";

const api = useTestApi();

const LOG = `query ($first: Int, $before: ID, $targetType: String) {
  auditLog(first: $first, before: $before, targetType: $targetType) { id action actorEmail targetType targetId before after createdAt }
}`;

async function adminHeaders() {
  return bearer(await sessionFor(api.ds, await makeUser(api.ds, { role: Role.ADMIN, email: "admin@example.com" })));
}

/** `n` entries, alternating between two kinds of object, recorded as an admin action would be. */
async function record(n: number) {
  const audit = new AuditService(api.ds);
  for (let i = 1; i <= n; i++) {
    await audit.record(
      api.ds.manager,
      { id: 1, email: "admin@example.com" },
      {
        action: i % 2 ? "glossaryTerm.update" : "user.setRole",
        targetType: i % 2 ? "GlossaryTerm" : "User",
        targetId: i,
        before: { n: i - 1, passwordHash: "never logged" },
        after: { n: i },
      },
    );
  }
}

test("admins read the log newest first, a page at a time, optionally for one kind of object", async () => {
  const headers = await adminHeaders();
  await record(7);
  const page = await api.gql(LOG, { first: 3 }, headers);
  expect(page.errors).toBeUndefined();
  const entries = page.data!.auditLog;
  expect(entries.map((e: any) => e.targetId)).toEqual(["7", "6", "5"]);
  expect(entries[0]).toMatchObject({ action: "glossaryTerm.update", actorEmail: "admin@example.com", before: { n: 6 }, after: { n: 7 } });
  // Secrets' hashes never reach the log.
  expect(entries[0].before).not.toHaveProperty("passwordHash");

  const older = await api.gql(LOG, { first: 3, before: entries[2].id }, headers);
  expect(older.data!.auditLog.map((e: any) => e.targetId)).toEqual(["4", "3", "2"]);

  const users = await api.gql(LOG, { targetType: "User" }, headers);
  expect(users.data!.auditLog.map((e: any) => e.targetId)).toEqual(["6", "4", "2"]);
  // The default page is 50.
  expect((await api.gql(LOG, {}, headers)).data!.auditLog).toHaveLength(7);
});

test("bounded: 1 to 100 entries a page, and `before` must be an entry's id", async () => {
  const headers = await adminHeaders();
  for (const [variables, field] of [
    [{ first: 0 }, "first"],
    [{ first: 101 }, "first"],
    [{ before: "abc" }, "before"],
    [{ before: "-1" }, "before"],
    [{ before: "99999999999999999999" }, "before"],
  ] as const) {
    const res = await api.gql(LOG, variables, headers);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [expect.objectContaining({ field })] });
  }
});
