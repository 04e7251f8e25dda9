import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import { isDatabaseUnavailable } from "../db/unavailable";
import { RateLimitedError, ServiceUnavailableError } from "../errors/app-error";
import { query, sql } from "../db/sql";

/** The table every limit counts in (created by a migration: AlertDedupRateLimits1764620000000). */
export const RATE_LIMIT_TABLE = "rate_limits";

/** A named budget: at most `points` per `durationSeconds` for one key (a fixed window from the first). */
export interface RateLimit {
  /** Prefixes the stored keys: each limit counts apart from the others. */
  name: string;
  points: number;
  durationSeconds: number;
  /** What the client is told when refused. */
  message: string;
}

/** Where a key stands in its window, as responses report it (`extensions.rateLimit`, X-RateLimit-*). */
export interface RateLimitState {
  limit: number;
  /** What this request cost. */
  cost: number;
  /** Spent in this window, this request included. */
  used: number;
  remaining: number;
  /** When the window ends and the budget is whole again. */
  resetAt: Date;
}

/** Keys are hashed: they fit the key column whatever their length, and no address is kept at rest. */
function storedKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

/** The store's failures as the API reports them: an unreachable database is 503, whatever realm the error came from. */
async function counted<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new ServiceUnavailableError();
    throw error;
  }
}

function state(limit: number, cost: number, res: RateLimiterRes): RateLimitState {
  return {
    limit,
    cost,
    used: res.consumedPoints,
    remaining: Math.max(0, limit - res.consumedPoints),
    resetAt: new Date(Date.now() + res.msBeforeNext),
  };
}

/** One limit, counted in Postgres so every API process spends the same budget. */
export class RateLimiter {
  constructor(
    readonly limit: RateLimit,
    private readonly store: RateLimiterPostgres,
  ) {}

  /** Counts `points` for `key`; throws RateLimitedError (HTTP 429, Retry-After) once the budget is spent. */
  async consume(key: string, points = 1): Promise<RateLimitState> {
    try {
      return state(this.limit.points, points, await counted(this.store.consume(storedKey(key), points)));
    } catch (error) {
      // The library rejects with its result when the budget is spent.
      if (error instanceof RateLimiterRes) {
        throw new RateLimitedError(this.limit.message, error.msBeforeNext / 1000, state(this.limit.points, points, error));
      }
      throw error;
    }
  }

  /** Throws RateLimitedError when `key` has spent its budget, without counting anything. */
  async check(key: string): Promise<void> {
    const res = await counted(this.store.get(storedKey(key)));
    if (res && res.consumedPoints >= this.limit.points) {
      throw new RateLimitedError(this.limit.message, res.msBeforeNext / 1000, state(this.limit.points, 0, res));
    }
  }

  /** Forgets what `key` has spent (a right password clears the wrong ones before it). */
  async reset(key: string): Promise<void> {
    await counted(this.store.delete(storedKey(key)));
  }
}

/**
 * Budgets at least this large are spent in memory between writes (see Budget); smaller ones, and any key near
 * its limit, are counted in Postgres on every request, exactly.
 */
export const WRITE_BEHIND_MIN_LIMIT = 10_000;
/** How often a process writes what its requests spent from large budgets. */
export const WRITE_BEHIND_MS = 100;
/** A key's spending is counted exactly again once it has used this share of its limit. */
const WRITE_BEHIND_UP_TO = 0.8;
/** Keys whose spending a process holds at most (more are counted exactly). */
const WRITE_BEHIND_KEYS = 10_000;

/** What a process knows of one key's window: what Postgres last said it had used, and what it has spent since. */
interface KnownSpend {
  used: number;
  resetAt: number;
  pending: number;
}

/** Takes in what Postgres just said of a key's window. */
function absorb(known: KnownSpend, res: RateLimiterRes): void {
  known.used = res.consumedPoints;
  known.resetAt = Date.now() + res.msBeforeNext;
}

/**
 * A window in which each key has a limit of its own (an API key's hourly budget, say), all counted in
 * one store: the limiter itself never refuses; `spend` compares what the key used with its limit.
 *
 * A small budget (an anonymous address's, a test's) is counted in Postgres on every request, so every
 * process refuses at exactly the same point. A large one (a partner's key, the web app's) far from its
 * limit is spent in memory and written every WRITE_BEHIND_MS in one statement per key: a request then costs
 * no statement of its own, and processes agree to within what they spent in that interval (a partner with a
 * 100,000-point budget can overrun it by a few points per process, never more). Near the limit (80% used)
 * the key is counted exactly again. Postgres still holds every count; a process holds at most one
 * interval's spending, and writes it as it stops (`flush`).
 */
export class Budget {
  private readonly known = new Map<string, KnownSpend>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    readonly name: string,
    readonly durationSeconds: number,
    private readonly store: RateLimiterPostgres,
    private readonly ds: DataSource,
  ) {}

  /** Adds `cost` to `key`'s window; throws RateLimitedError past `limit`. */
  async spend(key: string, cost: number, limit: number, message: string): Promise<RateLimitState> {
    const now = Date.now();
    const known = this.known.get(key);
    if (
      known &&
      limit >= WRITE_BEHIND_MIN_LIMIT &&
      known.resetAt > now + WRITE_BEHIND_MS * 10 &&
      known.used + known.pending + cost <= limit * WRITE_BEHIND_UP_TO
    ) {
      known.pending += cost;
      this.schedule();
      const used = known.used + known.pending;
      return { limit, cost, used, remaining: Math.max(0, limit - used), resetAt: new Date(known.resetAt) };
    }
    // Counted exactly, with whatever this process had not written yet for the key.
    const pending = known?.pending ?? 0;
    if (known) known.pending = 0;
    const res = await counted(this.store.consume(storedKey(key), cost + pending));
    this.learn(key, res, limit);
    const spent = state(limit, cost, res);
    if (spent.used <= limit) return spent;
    // Refused: what it would have cost is given back, so a smaller operation that fits still runs.
    await counted(this.store.reward(storedKey(key), cost));
    const used = spent.used - cost;
    if (this.known.has(key)) this.known.get(key)!.used = used;
    throw new RateLimitedError(message, (spent.resetAt.getTime() - Date.now()) / 1000, {
      ...spent,
      used,
      remaining: Math.max(0, limit - used),
    });
  }

  /** Writes what this process spent from large budgets and has not written yet (on a timer, and as it stops). */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** Stops the timer, having written what is pending. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, WRITE_BEHIND_MS);
    this.timer.unref();
  }

  private async write(): Promise<void> {
    const now = Date.now();
    for (const [key, known] of this.known) {
      if (!known.pending) {
        if (known.resetAt <= now) this.known.delete(key);
        continue;
      }
      const pending = known.pending;
      known.pending = 0;
      try {
        absorb(known, await this.store.consume(storedKey(key), pending));
      } catch {
        // Postgres is away: the points wait for the next write.
        known.pending += pending;
        this.schedule();
      }
    }
  }

  /** Remembers where a key stands after Postgres counted it (for large budgets only; a handful of keys per process). */
  private learn(key: string, res: RateLimiterRes, limit: number): void {
    let entry = this.known.get(key);
    if (!entry) {
      if (limit < WRITE_BEHIND_MIN_LIMIT || this.known.size >= WRITE_BEHIND_KEYS) return;
      this.known.set(key, (entry = { used: 0, resetAt: 0, pending: 0 }));
    }
    absorb(entry, res);
  }

  /** What `key` has used in its current window (0 when none is open). */
  async used(key: string): Promise<number> {
    return (await this.usedMany([key])).get(key) ?? 0;
  }

  /** What each key has used in its current window, in one statement (0 for a key with no open window). */
  async usedMany(keys: readonly string[]): Promise<Map<string, number>> {
    const stored = new Map(keys.map((key) => [this.store.getKey(storedKey(key)), key]));
    const rows = await counted(
      query<{ key: string; points: number }>(
        this.ds,
        sql`SELECT key, points FROM ${sql.identifier(RATE_LIMIT_TABLE)}
          WHERE key = ANY(${sql.value([...stored.keys()])}::text[]) AND (expire IS NULL OR expire > ${sql.value(Date.now())})`,
      ),
    );
    const used = new Map(keys.map((key) => [key, 0]));
    for (const row of rows) used.set(stored.get(row.key)!, row.points);
    return used;
  }
}

/** Makes limiters on the process's data source; built once per process (see app/services.ts). */
export class RateLimitService {
  private stores = 0;

  constructor(private readonly ds: DataSource) {}

  limiter(limit: RateLimit): RateLimiter {
    return new RateLimiter(limit, this.store(limit.name, limit.points, limit.durationSeconds));
  }

  budget(name: string, durationSeconds: number): Budget {
    // The store's own ceiling is the column's; each key's limit is checked by Budget.spend.
    return new Budget(name, durationSeconds, this.store(name, 2_000_000_000, durationSeconds), this.ds);
  }

  private store(keyPrefix: string, points: number, duration: number): RateLimiterPostgres {
    return new RateLimiterPostgres({
      storeClient: this.ds,
      storeType: "typeorm", // queries TypeORM's pg pool directly, outside any transaction
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true, // never DDL at request time: the migration made the table
      keyPrefix,
      points,
      duration,
      // The library deletes rows expired an hour ago every 5 minutes, on an unref'd timer (it keeps
      // neither the process nor Jest alive). One sweep per process is enough: it clears the whole table.
      clearExpiredByTimeout: this.stores++ === 0,
    });
  }
}
