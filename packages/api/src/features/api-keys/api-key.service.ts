import { randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { hashToken, sameHash } from "../../shared/crypto/tokens";
import { selectColumns } from "../../shared/db/columns";
import { query, sql } from "../../shared/db/sql";
import { ApiKey } from "./api-key.entity";

/** Every key starts so; secret scanners (and people) can tell one at a glance. */
export const API_KEY_PREFIX = "hai_";
/** `hai_` + 12 characters that identify the key + `_` + 43 characters of secret (256 bits). */
const KEY_SHAPE = /^hai_([a-z0-9]{12})_[A-Za-z0-9_-]{43}$/;

export const MAX_LISTED_API_KEYS = 500;
/** A key's `lastUsedAt` is written at most this often. */
const TOUCH_AFTER_MS = 60_000;

/** Does this credential look like an API key (rather than a session token)? */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

export interface NewApiKey {
  name: string;
  ownerEmail: string;
  hourlyBudget: number;
  createdById: number | null;
}

export class ApiKeyService {
  constructor(private readonly ds: DataSource) {}

  /** Makes a key; returns the row and the whole key, which is never stored and never shown again. */
  async create(manager: EntityManager, input: NewApiKey): Promise<{ key: ApiKey; secret: string }> {
    const id = randomBytes(9)
      .toString("base64url")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "0")
      .slice(0, 12);
    const prefix = `${API_KEY_PREFIX}${id}`;
    const secret = `${prefix}_${randomBytes(32).toString("base64url")}`;
    const key = manager.create(ApiKey, { ...input, prefix, secretHash: hashToken(secret) });
    await manager.insert(ApiKey, key);
    return { key: await manager.findOneByOrFail(ApiKey, { id: key.id }), secret };
  }

  /** The live key `secret` names, or null for a malformed, unknown or revoked one. One statement (two, once a minute). */
  async verify(secret: string): Promise<ApiKey | null> {
    const match = KEY_SHAPE.exec(secret);
    if (!match) return null;
    const [key] = await query<ApiKey>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, ApiKey, "k")} FROM api_keys k WHERE k.prefix = ${sql.value(API_KEY_PREFIX + match[1])}`,
    );
    if (!key || key.revokedAt || !sameHash(key.secretHash, hashToken(secret))) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await query(this.ds, sql`UPDATE api_keys SET last_used_at = now() WHERE id = ${sql.value(key.id)}`);
    }
    return key;
  }

  /** Every key, live ones first, newest first (bounded). */
  list(): Promise<ApiKey[]> {
    return query<ApiKey>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, ApiKey, "k")} FROM api_keys k
        ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id DESC LIMIT ${sql.value(MAX_LISTED_API_KEYS)}`,
    );
  }
}
