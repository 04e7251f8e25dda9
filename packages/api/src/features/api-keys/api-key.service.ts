import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { DataSource, EntityManager } from "typeorm";
import { hashToken, sameHash } from "../../shared/crypto/tokens";
import { selectColumns } from "../../shared/db/columns";
import { query, sql } from "../../shared/db/sql";
import { BadUserInputError } from "../../shared/errors/app-error";
import type { Budget } from "../../shared/rate-limit/rate-limiter";
import type { Actor, AuditService } from "../audit";
import { ApiKey } from "./api-key.entity";
import { normaliseEmail } from "../../shared/text/email";

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

/** The key an API key's spending is counted under in the shared budget (app/budget-plugin.ts spends it; the admins' list reads it). */
export const apiKeyBudgetKey = (keyId: number) => `key:${keyId}`;

export interface NewApiKey {
  name: string;
  ownerEmail: string;
  hourlyBudget: number;
  createdById: number | null;
}

/** What an admin asks for; a missing budget is the configured default. */
export interface ApiKeyRequest {
  name: string;
  ownerEmail: string;
  hourlyBudget?: number | null;
}

/** How long a process trusts a key it has verified: another process's revocation is refused within this. */
export const VERIFIED_KEY_TTL_MS = 5_000;

export class ApiKeyService {
  /**
   * Keys this process verified in the last VERIFIED_KEY_TTL_MS, by their secret's hash (never the
   * secret): a partner's request then spends no statement on its key. A revocation here drops the
   * key at once; one on another process is seen within the TTL.
   */
  private readonly verified = new LRUCache<string, ApiKey>({ max: 10_000, ttl: VERIFIED_KEY_TTL_MS });

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    /** A new key's hourly budget when its creator sets none (API_KEY_DEFAULT_BUDGET). */
    private readonly defaultHourlyBudget?: number,
  ) {}

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

  /** An admin makes a key: the row and its audit entry in one transaction (the entry holds neither secret nor hash). */
  async issue(actor: Actor, request: ApiKeyRequest): Promise<{ key: ApiKey; secret: string }> {
    const hourlyBudget = request.hourlyBudget ?? this.defaultHourlyBudget;
    if (hourlyBudget == null) throw new Error("ApiKeyService was built without a default hourly budget");
    return this.ds.transaction(async (manager) => {
      const made = await this.create(manager, {
        name: request.name.trim(),
        ownerEmail: normaliseEmail(request.ownerEmail),
        hourlyBudget,
        createdById: actor.id,
      });
      await this.audit.record(manager, actor, {
        action: "apiKey.create",
        targetType: "ApiKey",
        targetId: made.key.id,
        after: withoutHash(made.key),
      });
      return made;
    });
  }

  /**
   * An admin revokes a key: from the next request on, it is refused (401). Revoking a revoked key
   * changes nothing and records nothing; `id` null (not an API key's id) or unknown: BAD_USER_INPUT on `id`.
   */
  async revoke(actor: Actor, id: number | null): Promise<ApiKey> {
    const revoked = await this.ds.transaction(async (manager) => {
      const columns = selectColumns(this.ds, ApiKey, "k", ["secretHash"]);
      const [before] =
        id == null ? [] : await query<ApiKey>(manager, sql`SELECT ${columns} FROM api_keys k WHERE k.id = ${sql.value(id)} FOR UPDATE`);
      if (!before) throw BadUserInputError.field("id", "No API key has this id.");
      if (before.revokedAt) return before;
      const [after] = await query<ApiKey>(
        manager,
        sql`UPDATE api_keys k SET revoked_at = now() WHERE k.id = ${sql.value(before.id)} RETURNING ${columns}`,
      );
      await this.audit.record(manager, actor, { action: "apiKey.revoke", targetType: "ApiKey", targetId: before.id, before, after });
      return after;
    });
    // After the commit, so that no request in between verifies the key again from the old row.
    this.forget(revoked.id);
    return revoked;
  }

  /**
   * The live key `secret` names, or null for a malformed, unknown or revoked one. One statement (two,
   * once a minute), none when this process verified it in the last VERIFIED_KEY_TTL_MS.
   */
  async verify(secret: string): Promise<ApiKey | null> {
    const match = KEY_SHAPE.exec(secret);
    if (!match) return null;
    const hash = hashToken(secret);
    const known = this.verified.get(hash);
    if (known) return known;
    const [key] = await query<ApiKey>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, ApiKey, "k")} FROM api_keys k WHERE k.prefix = ${sql.value(API_KEY_PREFIX + match[1])}`,
    );
    if (!key || key.revokedAt || !sameHash(key.secretHash, hash)) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await query(this.ds, sql`UPDATE api_keys SET last_used_at = now() WHERE id = ${sql.value(key.id)}`);
    }
    this.verified.set(hash, key);
    return key;
  }

  /** Stops trusting a key this process verified (it was revoked). */
  private forget(keyId: number): void {
    for (const [hash, key] of this.verified.entries()) if (key.id === keyId) this.verified.delete(hash);
  }

  /** Every key, live ones first, newest first (bounded); without their hashes. */
  list(): Promise<ApiKey[]> {
    return query<ApiKey>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, ApiKey, "k", ["secretHash"])} FROM api_keys k
        ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id DESC LIMIT ${sql.value(MAX_LISTED_API_KEYS)}`,
    );
  }

  /** Points each key has spent in its current budget window, by key id (one statement for the whole list). */
  async usage(keys: readonly ApiKey[], budget: Pick<Budget, "usedMany">): Promise<Map<number, number>> {
    const used = await budget.usedMany(keys.map((k) => apiKeyBudgetKey(k.id)));
    return new Map(keys.map((k) => [k.id, used.get(apiKeyBudgetKey(k.id)) ?? 0]));
  }
}

function withoutHash(key: ApiKey): Omit<ApiKey, "secretHash"> {
  const { secretHash: _hash, ...rest } = key;
  return rest;
}
