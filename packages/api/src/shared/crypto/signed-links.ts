import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { DataSource } from "typeorm";
import { query, sql } from "../db/sql";

/** What a link's token proves: this action on this object, until `expiresAt` (if it has one). */
export interface LinkClaim {
  subject: string;
  id: number;
  action: string;
  expiresAt: Date | null;
}

export type LinkCheck = { ok: true; id: number } | { ok: false; reason: "invalid" | "expired" };

/**
 * Tokens for links in emails, signed with HMAC-SHA256: `<id>.<expiry in epoch seconds, or 0>.<signature>`,
 * the signature covering the subject ("alert") and the action too, so a token opens one object for one
 * action and nothing else. Nothing is stored per link; the key lives in Postgres (`app_secrets`, made on
 * first use), so every API process signs and checks alike and none is kept in the repository.
 */
export class LinkSigner {
  private key: Promise<Buffer> | undefined;

  constructor(private readonly ds: DataSource) {}

  /**
   * Loads the key. Call it before a transaction that signs: signing inside one would otherwise wait
   * for a second pooled connection while holding the first.
   */
  async ready(): Promise<void> {
    await this.signingKey();
  }

  async sign(claim: LinkClaim): Promise<string> {
    const expiry = claim.expiresAt ? Math.ceil(claim.expiresAt.getTime() / 1000) : 0;
    const body = `${claim.id}.${expiry}`;
    return `${body}.${await this.mac(claim.subject, claim.action, body)}`;
  }

  async check(token: string, subject: string, action: string, now = new Date()): Promise<LinkCheck> {
    const match = /^(\d{1,10})\.(\d{1,12})\.([\w-]{43})$/.exec(token.trim());
    if (!match) return { ok: false, reason: "invalid" };
    const [, id, expiry, signature] = match as unknown as [string, string, string, string];
    const expected = Buffer.from(await this.mac(subject, action, `${id}.${expiry}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
    if (Number(expiry) !== 0 && Number(expiry) * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
    return { ok: true, id: Number(id) };
  }

  private async mac(subject: string, action: string, body: string): Promise<string> {
    return createHmac("sha256", await this.signingKey())
      .update(`${subject}.${action}.${body}`)
      .digest("base64url");
  }

  private signingKey(): Promise<Buffer> {
    this.key ??= loadSecret(this.ds, "link-signing").catch((error: unknown) => {
      this.key = undefined; // try again on the next link
      throw error;
    });
    return this.key;
  }
}

/** A 256-bit secret by name: the one already in `app_secrets`, or a new one that every process then shares. */
async function loadSecret(ds: DataSource, name: string): Promise<Buffer> {
  const fresh = randomBytes(32).toString("base64url");
  const [row] = await query<{ value: string }>(
    ds,
    sql`WITH made AS (
          INSERT INTO app_secrets (name, value) VALUES (${sql.value(name)}, ${sql.value(fresh)})
          ON CONFLICT (name) DO NOTHING RETURNING value)
        SELECT value FROM made UNION ALL SELECT value FROM app_secrets WHERE name = ${sql.value(name)} LIMIT 1`,
  );
  // Another process inserted it after this statement's snapshot: read it again.
  if (!row) return loadSecret(ds, name);
  return Buffer.from(row.value, "base64url");
}
