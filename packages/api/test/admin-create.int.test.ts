import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { bearer, linkToken } from "./support/accounts";
import { TEST_WEB_URL, useTestApi } from "./support/test-api";

const api = useTestApi();
const run = promisify(execFile);

/** `pnpm admin:create <email>` as an operator runs it, against this test's database. */
function adminCreate(...args: string[]) {
  return run(process.execPath, ["-r", "ts-node/register/transpile-only", join(__dirname, "../src/scripts/admin-create.ts"), ...args], {
    cwd: join(__dirname, ".."),
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: (api.ds.options as { url: string }).url,
      PUBLIC_WEB_URL: TEST_WEB_URL,
      LOG_LEVEL: "silent",
    },
  });
}

test("admin:create makes an admin with no password and prints a one-time link that sets one and signs in", async () => {
  const { stdout } = await adminCreate("Boss@Example.com");
  expect(stdout).toContain("boss@example.com is an admin");
  const [user] = await api.ds.query(`SELECT role, password_hash FROM users WHERE email = 'boss@example.com'`);
  expect(user).toEqual({ role: "ADMIN", password_hash: null });

  // No password works before the link is used: there is none.
  const early = await api.gql(`mutation { signIn(input: { email: "boss@example.com", password: "" }) { token } }`);
  expect(early.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

  const reset = `mutation ($token: String!) { resetPassword(input: { token: $token, password: "granite-meadow-pelican-42", bearer: true }) { token viewer { role } } }`;
  const res = await api.gql(reset, { token: linkToken(stdout, "reset-password") });
  expect(res.errors).toBeUndefined();
  expect(res.data!.resetPassword.viewer.role).toBe("ADMIN");
  expect((await api.gql(`{ viewer { email role } }`, {}, bearer(res.data!.resetPassword.token))).data!.viewer).toEqual({
    email: "boss@example.com",
    role: "ADMIN",
  });
  // Once.
  expect((await api.gql(reset, { token: linkToken(stdout, "reset-password") })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

test("admin:create refuses a missing or malformed address", async () => {
  await expect(adminCreate()).rejects.toMatchObject({ stderr: expect.stringContaining("usage: pnpm admin:create <email>") });
  await expect(adminCreate("not-an-email")).rejects.toMatchObject({ stderr: expect.stringContaining("usage") });
  expect(await api.ds.query(`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 0 }]);
});
