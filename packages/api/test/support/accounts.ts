import type { DataSource } from "typeorm";
import { SESSION_COOKIE } from "../../src/app/authenticate";
import { hashPassword } from "../../src/features/accounts/password";
import { SessionService } from "../../src/features/accounts/session.service";
import { User } from "../../src/features/accounts/user.entity";
import { Role } from "../../src/features/accounts/user.enums";
import { ApiKey } from "../../src/features/api-keys/api-key.entity";
import { ApiKeyService } from "../../src/features/api-keys/api-key.service";
import { AuditService } from "../../src/features/audit/audit.service";
import { TEST_WEB_URL } from "./test-api";

/** A password zxcvbn accepts. */
export const GOOD_PASSWORD = "orbit-lantern-quiet-harbor";

let hashed: Promise<string> | undefined;

/** An account, straight into the table (verified unless told otherwise); its password is GOOD_PASSWORD. */
export async function makeUser(
  ds: DataSource,
  over: { email?: string; role?: Role; verified?: boolean; disabled?: boolean; companyId?: number | null } = {},
): Promise<User> {
  hashed ??= hashPassword(GOOD_PASSWORD);
  const email = over.email ?? `user${Math.random().toString(36).slice(2, 10)}@example.com`;
  const user = ds.manager.create(User, {
    email,
    passwordHash: await hashed,
    role: over.role ?? Role.JOB_SEEKER,
    emailVerifiedAt: over.verified === false ? null : new Date(),
    disabledAt: over.disabled ? new Date() : null,
    companyId: over.companyId ?? null,
  });
  await ds.manager.insert(User, user);
  return user;
}

/** A session for `user`, as signing in would start it; returns its token. */
export async function sessionFor(ds: DataSource, user: User): Promise<string> {
  const { token } = await new SessionService(ds).create(ds.manager, user.id, { userAgent: "jest", ip: "127.0.0.1" });
  return token;
}

/** Headers of a script holding a session token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Headers of the web app's pages in a browser holding the session cookie. */
export const browserCookie = (token: string, origin = TEST_WEB_URL) => ({ cookie: `${SESSION_COOKIE}=${token}`, origin });

/** A partner's API key (live unless told otherwise); returns the row and the key itself. */
export async function makeApiKey(ds: DataSource, over: { hourlyBudget?: number; revoked?: boolean; name?: string } = {}) {
  const { key, secret } = await new ApiKeyService(ds, new AuditService(ds)).create(ds.manager, {
    name: over.name ?? "Partner site",
    ownerEmail: "partner@example.com",
    hourlyBudget: over.hourlyBudget ?? 5_000,
    createdById: null,
  });
  if (over.revoked) await ds.manager.update(ApiKey, { id: key.id }, { revokedAt: new Date() });
  return { key, secret };
}

/** Emails written to the outbox for `to`, oldest first. */
export async function emailsTo(ds: DataSource, to: string): Promise<{ kind: string; subject: string; text: string }[]> {
  return ds.query(`SELECT kind, subject, text_body AS text FROM email_outbox WHERE to_address = $1 ORDER BY id`, [to]);
}

/** The token of the `/account/<action>?token=` link in an email's text. */
export function linkToken(text: string, action: "verify-email" | "reset-password" | "confirm-email"): string {
  const match = new RegExp(`/account/${action}\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (!match) throw new Error(`no ${action} link in:\n${text}`);
  return decodeURIComponent(match[1]);
}
