import type { DataSource, EntityManager } from "typeorm";
import { hashToken, newToken } from "../../shared/crypto/tokens";
import { selectColumns } from "../../shared/db/columns";
import { query, sql } from "../../shared/db/sql";
import { Session } from "./session.entity";
import { User } from "./user.entity";

/** How long a session lasts: unused for `idleMs` it ends; used or not, it ends `absoluteMs` after sign-in. */
export interface SessionLifetimes {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_LIFETIMES: SessionLifetimes = { idleMs: 14 * 86_400_000, absoluteMs: 60 * 86_400_000 };

/** A session refreshes its idle clock at most this often, so a busy browser doesn't write on every request. */
const TOUCH_AFTER_MS = 60_000;

/** Where a session was started from, shown in the account page's list of sessions. */
export interface SessionOrigin {
  userAgent: string | null;
  ip: string | null;
}

export interface ValidSession {
  user: User;
  sessionId: string;
}

/**
 * Server-side sessions in Postgres, after Lucia's reference design (its authors now recommend this
 * code over a library): the client holds 256 random bits; the table holds their SHA-256, so a leaked
 * table signs nobody in; every check is one statement; revoking is deleting the row.
 */
export class SessionService {
  constructor(
    private readonly ds: DataSource,
    readonly lifetimes: SessionLifetimes = DEFAULT_SESSION_LIFETIMES,
  ) {}

  /** Starts a session for `userId`; returns the token to hand the client (once) and when it expires. */
  async create(manager: EntityManager, userId: number, origin: SessionOrigin): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.lifetimes.absoluteMs);
    await manager.insert(Session, {
      id: hash,
      userId,
      expiresAt,
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      ip: origin.ip,
    });
    return { token, expiresAt };
  }

  /** The signed-in user behind `token`, or null for an unknown, expired or disabled one. One statement, two when the idle clock is refreshed. */
  async validate(token: string): Promise<ValidSession | null> {
    const id = hashToken(token);
    const [row] = await query<User & { sessionLastUsedAt: Date }>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, User, "u")}, s.last_used_at AS "sessionLastUsedAt"
        FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ${sql.value(id)} AND s.expires_at > now() AND s.last_used_at > now() - ${this.idle()}::interval
          AND u.disabled_at IS NULL`,
    );
    if (!row) return null;
    const { sessionLastUsedAt, ...user } = row;
    if (Date.now() - sessionLastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await query(this.ds, sql`UPDATE sessions SET last_used_at = now() WHERE id = ${sql.value(id)}`);
    }
    return { user: Object.assign(new User(), user), sessionId: id };
  }

  /** A user's live sessions, most recently used first (bounded: nobody has more browsers than this). */
  list(userId: number): Promise<Session[]> {
    return query<Session>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, Session, "s")} FROM sessions s
        WHERE s.user_id = ${sql.value(userId)} AND s.expires_at > now() AND s.last_used_at > now() - ${this.idle()}::interval
        ORDER BY s.last_used_at DESC LIMIT ${sql.value(MAX_LISTED_SESSIONS)}`,
    );
  }

  private idle() {
    return sql.value(`${this.lifetimes.idleMs} milliseconds`);
  }

  /** Ends one of the user's sessions; false when it is not theirs or already gone. */
  async revoke(userId: number, sessionId: string, manager: EntityManager = this.ds.manager): Promise<boolean> {
    const result = await manager.delete(Session, { id: sessionId, userId });
    return (result.affected ?? 0) > 0;
  }

  /** Ends every session of the user (but `keep`, when given); returns how many ended. */
  async revokeAll(userId: number, keep?: string, manager: EntityManager = this.ds.manager): Promise<number> {
    const rows = await query(
      manager,
      sql`DELETE FROM sessions WHERE user_id = ${sql.value(userId)} ${keep ? sql`AND id <> ${sql.value(keep)}` : sql.blank} RETURNING id`,
    );
    return rows.length;
  }
}

export const MAX_LISTED_SESSIONS = 50;
