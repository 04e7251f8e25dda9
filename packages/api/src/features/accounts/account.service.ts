import type { DataSource, EntityManager } from "typeorm";
import { hashToken, newToken } from "../../shared/crypto/tokens";
import { query, sql } from "../../shared/db/sql";
import { AppError, BadUserInputError } from "../../shared/errors/app-error";
import type { RateLimiter, RateLimitService } from "../../shared/rate-limit/rate-limiter";
import type { WebUrls } from "../../shared/web-urls";
import { accountEmail, type OutboxService } from "../email";
import { burnPasswordCheck, hashPassword, passwordProblem, verifyPassword } from "./password";
import type { SessionOrigin, SessionService } from "./session.service";
import { User } from "./user.entity";
import { Role } from "./user.enums";
import { TokenPurpose, UserToken } from "./user-token.entity";
import { normaliseEmail } from "../../shared/text/email";

/** How long each one-time link works. */
export const LINK_LIFETIMES: Record<TokenPurpose, number> = {
  [TokenPurpose.VERIFY_EMAIL]: 48 * 3_600_000,
  [TokenPurpose.RESET_PASSWORD]: 3_600_000,
  [TokenPurpose.CHANGE_EMAIL]: 24 * 3_600_000,
};
/** The first admin's set-password link (`pnpm admin:create`) lasts a day, not an hour. */
export const ADMIN_LINK_LIFETIME_MS = 24 * 3_600_000;

/** Against guessing: wrong passwords per account a minute, per address a quarter hour; emails per address and per account. */
export const ACCOUNT_LIMITS = {
  signInPerAccount: {
    name: "signin-account",
    points: 5,
    durationSeconds: 60,
    message: "Too many wrong passwords for this account; wait a minute and try again.",
  },
  signInPerIp: {
    name: "signin-ip",
    points: 50,
    durationSeconds: 900,
    message: "Too many failed sign-ins from this address; try again later.",
  },
  emailsPerIp: {
    name: "account-email-ip",
    points: 20,
    durationSeconds: 3600,
    message: "Too many requests from this address; try again later.",
  },
  emailsPerAddress: {
    name: "account-email-address",
    points: 5,
    durationSeconds: 3600,
    message: "Too many emails asked for this address; try again later.",
  },
  linksPerIp: {
    name: "account-link-ip",
    points: 60,
    durationSeconds: 3600,
    message: "Too many requests from this address; try again later.",
  },
} as const;

/** Said alike whether or not the address has an account, so nobody can learn who has one. */
export const CHECK_YOUR_EMAIL = "Check your inbox: we've sent you a link.";
const WRONG_CREDENTIALS = "Email or password is incorrect.";
const BAD_LINK = "This link is invalid or has expired. Ask for a new one.";

/** Who is asking, for the rate limits and the sessions list. */
export type Requester = SessionOrigin & { ip: string };

export interface SignUpInput {
  email: string;
  password: string;
  role: Role;
}

/**
 * People's accounts: sign-up with a verified email, sign-in against argon2id hashes, one-time links
 * for verification, password resets and email changes (each kept as a SHA-256, spent once), and
 * sessions (SessionService). Answers never tell whether an address has an account.
 */
export class AccountService {
  private readonly limits: { [K in keyof typeof ACCOUNT_LIMITS]: RateLimiter };

  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
    rateLimits: RateLimitService,
  ) {
    this.limits = {
      signInPerAccount: rateLimits.limiter(ACCOUNT_LIMITS.signInPerAccount),
      signInPerIp: rateLimits.limiter(ACCOUNT_LIMITS.signInPerIp),
      emailsPerIp: rateLimits.limiter(ACCOUNT_LIMITS.emailsPerIp),
      emailsPerAddress: rateLimits.limiter(ACCOUNT_LIMITS.emailsPerAddress),
      linksPerIp: rateLimits.limiter(ACCOUNT_LIMITS.linksPerIp),
    };
  }

  /**
   * Makes an account and emails a verification link. For an address that already has an account,
   * emails that account's owner instead; the answer is the same either way.
   */
  async signUp(input: SignUpInput, requester: Requester): Promise<string> {
    const email = normaliseEmail(input.email);
    const problem = await passwordProblem(input.password, [email]);
    if (problem) throw BadUserInputError.field("input.password", problem);
    if (input.role === Role.ADMIN) throw BadUserInputError.field("input.role", "Admins are made by other admins.");
    await this.limits.emailsPerIp.consume(requester.ip);
    await this.limits.emailsPerAddress.consume(email);
    const passwordHash = await hashPassword(input.password);
    await this.ds.transaction(async (manager) => {
      const inserted = await query<{ id: number }>(
        manager,
        sql`INSERT INTO users (email, password_hash, role) VALUES (${sql.value(email)}, ${sql.value(passwordHash)}, ${sql.value(input.role)})
          ON CONFLICT (email) DO NOTHING RETURNING id`,
      );
      if (inserted.length) {
        await this.sendLink(manager, inserted[0].id, email, TokenPurpose.VERIFY_EMAIL);
      } else {
        await this.outbox.enqueue(manager, {
          kind: "ACCOUNT_EXISTS",
          to: email,
          ...accountEmail({ kind: "ACCOUNT_EXISTS", signInUrl: this.urls.signIn() }),
        });
      }
    });
    return CHECK_YOUR_EMAIL;
  }

  /** Signs in with email and password; returns the user and a new session's token. */
  async signIn(emailInput: string, password: string, requester: Requester): Promise<{ user: User; token: string; expiresAt: Date }> {
    const email = normaliseEmail(emailInput);
    await this.limits.signInPerIp.check(requester.ip);
    await this.limits.signInPerAccount.check(email);
    const user = await this.ds.manager.findOneBy(User, { email });
    const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
    if (!user || !ok) {
      await this.limits.signInPerIp.consume(requester.ip).catch(() => undefined);
      await this.limits.signInPerAccount.consume(email).catch(() => undefined);
      throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS, { fields: [{ field: "input.password", message: WRONG_CREDENTIALS }] });
    }
    if (user.disabledAt) throw new AppError("FORBIDDEN", "This account has been disabled. Contact support@hiredin.ai.");
    await this.limits.signInPerAccount.reset(email);
    const session = await this.sessions.create(this.ds.manager, user.id, requester);
    return { user, ...session };
  }

  /** Spends a verification link: the address is verified, and the person is signed in. */
  async verifyEmail(token: string, requester: Requester): Promise<{ user: User; token: string; expiresAt: Date }> {
    await this.limits.linksPerIp.consume(requester.ip);
    return this.ds.transaction(async (manager) => {
      const link = await this.spendLink(manager, token, TokenPurpose.VERIFY_EMAIL);
      await manager.update(User, { id: link.userId }, { emailVerifiedAt: () => "coalesce(email_verified_at, now())" });
      const user = await this.activeUser(manager, link.userId);
      return { user, ...(await this.sessions.create(manager, user.id, requester)) };
    });
  }

  /** Emails a reset link when the address has an account; the answer is the same either way. */
  async requestPasswordReset(emailInput: string, requester: Requester): Promise<string> {
    const email = normaliseEmail(emailInput);
    await this.limits.emailsPerIp.consume(requester.ip);
    await this.limits.emailsPerAddress.consume(email);
    await this.ds.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { email });
      if (user && !user.disabledAt) await this.sendLink(manager, user.id, email, TokenPurpose.RESET_PASSWORD);
    });
    return CHECK_YOUR_EMAIL;
  }

  /** Spends a reset link: sets the password, ends every session, verifies the address (the link proved it), signs in. */
  async resetPassword(token: string, password: string, requester: Requester): Promise<{ user: User; token: string; expiresAt: Date }> {
    await this.limits.linksPerIp.consume(requester.ip);
    return this.ds.transaction(async (manager) => {
      const link = await this.spendLink(manager, token, TokenPurpose.RESET_PASSWORD);
      const problem = await passwordProblem(password, [link.email]);
      if (problem) throw BadUserInputError.field("input.password", problem);
      await manager.update(
        User,
        { id: link.userId },
        { passwordHash: await hashPassword(password), emailVerifiedAt: () => "coalesce(email_verified_at, now())" },
      );
      // Every other reset link dies with this one, and so does every session.
      await query(
        manager,
        sql`UPDATE user_tokens SET used_at = now() WHERE user_id = ${sql.value(link.userId)} AND purpose = 'RESET_PASSWORD' AND used_at IS NULL`,
      );
      await this.sessions.revokeAll(link.userId, undefined, manager);
      const user = await this.activeUser(manager, link.userId);
      return { user, ...(await this.sessions.create(manager, user.id, requester)) };
    });
  }

  /** Changes the password (the current one proves it's the owner) and ends every other session. */
  async changePassword(user: User, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    await this.requirePassword(user, currentPassword, "input.currentPassword");
    const problem = await passwordProblem(newPassword, [user.email]);
    if (problem) throw BadUserInputError.field("input.newPassword", problem);
    await this.ds.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash: await hashPassword(newPassword) });
      await this.sessions.revokeAll(user.id, sessionId, manager);
      await this.outbox.enqueue(manager, {
        kind: "PASSWORD_CHANGED",
        to: user.email,
        ...accountEmail({ kind: "PASSWORD_CHANGED", signInUrl: this.urls.signIn() }),
      });
    });
  }

  /** Emails a confirmation link to the new address; the email changes when it is followed. */
  async requestEmailChange(user: User, newEmailInput: string, password: string): Promise<string> {
    await this.requirePassword(user, password, "input.password");
    const newEmail = normaliseEmail(newEmailInput);
    if (newEmail === user.email) throw BadUserInputError.field("input.newEmail", "This is already your email address.");
    await this.limits.emailsPerAddress.consume(`user:${user.id}`);
    await this.ds.transaction(async (manager) => {
      // Taken addresses get no link (and no error: that would tell who has an account).
      const taken = await manager.existsBy(User, { email: newEmail });
      if (!taken) await this.sendLink(manager, user.id, newEmail, TokenPurpose.CHANGE_EMAIL);
    });
    return CHECK_YOUR_EMAIL;
  }

  /** Spends an email-change link: the account's address becomes the new one, verified. */
  async confirmEmailChange(token: string, requester: Requester): Promise<User> {
    await this.limits.linksPerIp.consume(requester.ip);
    return this.ds.transaction(async (manager) => {
      const link = await this.spendLink(manager, token, TokenPurpose.CHANGE_EMAIL);
      const before = await this.activeUser(manager, link.userId);
      const moved = await query(
        manager,
        sql`UPDATE users SET email = ${sql.value(link.email)}, email_verified_at = now(), updated_at = now()
          WHERE id = ${sql.value(link.userId)} AND NOT EXISTS (SELECT 1 FROM users o WHERE o.email = ${sql.value(link.email)}) RETURNING id`,
      );
      if (!moved.length) throw BadUserInputError.field("token", "That address now belongs to another account.");
      await this.outbox.enqueue(manager, {
        kind: "EMAIL_CHANGED",
        to: before.email,
        ...accountEmail({ kind: "EMAIL_CHANGED", newEmail: link.email }),
      });
      return this.activeUser(manager, link.userId);
    });
  }

  /**
   * Makes (or promotes) an admin with no password and returns a one-time link to set one. For
   * `pnpm admin:create`: there is never a default password.
   */
  async createAdmin(emailInput: string): Promise<string> {
    const email = normaliseEmail(emailInput);
    return this.ds.transaction(async (manager) => {
      const [row] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO users (email, role, email_verified_at) VALUES (${sql.value(email)}, 'ADMIN', now())
          ON CONFLICT (email) DO UPDATE SET role = 'ADMIN', disabled_at = NULL, updated_at = now() RETURNING id`,
      );
      const { token, hash } = newToken();
      await manager.insert(UserToken, {
        userId: row.id,
        purpose: TokenPurpose.RESET_PASSWORD,
        tokenHash: hash,
        email,
        expiresAt: new Date(Date.now() + ADMIN_LINK_LIFETIME_MS),
      });
      return this.urls.accountAction("reset-password", token);
    });
  }

  private async requirePassword(user: User, password: string, field: string): Promise<void> {
    const fresh = await this.ds.manager.findOneByOrFail(User, { id: user.id });
    if (!fresh.passwordHash || !(await verifyPassword(fresh.passwordHash, password))) {
      throw BadUserInputError.field(field, "That isn't your current password.");
    }
  }

  private async activeUser(manager: EntityManager, id: number): Promise<User> {
    const user = await manager.findOneByOrFail(User, { id });
    if (user.disabledAt) throw new AppError("FORBIDDEN", "This account has been disabled. Contact support@hiredin.ai.");
    return user;
  }

  /** Marks a live link of `purpose` used and returns it; a wrong, spent or expired token is BAD_USER_INPUT. */
  private async spendLink(manager: EntityManager, token: string, purpose: TokenPurpose): Promise<UserToken> {
    const [link] = await query<UserToken>(
      manager,
      sql`UPDATE user_tokens SET used_at = now()
        WHERE token_hash = ${sql.value(hashToken(token))} AND purpose = ${sql.value(purpose)} AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id AS "userId", purpose, email`,
    );
    if (!link) throw BadUserInputError.field("token", BAD_LINK);
    return link;
  }

  private async sendLink(manager: EntityManager, userId: number, email: string, purpose: TokenPurpose): Promise<void> {
    const { token, hash } = newToken();
    await manager.insert(UserToken, { userId, purpose, tokenHash: hash, email, expiresAt: new Date(Date.now() + LINK_LIFETIMES[purpose]) });
    const action = (
      {
        [TokenPurpose.VERIFY_EMAIL]: "verify-email",
        [TokenPurpose.RESET_PASSWORD]: "reset-password",
        [TokenPurpose.CHANGE_EMAIL]: "confirm-email",
      } as const
    )[purpose];
    const url = this.urls.accountAction(action, token);
    await this.outbox.enqueue(manager, { kind: purpose, to: email, ...accountEmail({ kind: purpose, url }) });
  }
}
