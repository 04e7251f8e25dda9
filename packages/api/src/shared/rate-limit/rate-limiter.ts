import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import { RateLimitedError } from "../errors/app-error";

/** The table every limit counts in (created by a migration: AlertDedupRateLimits1764620000000). */
export const RATE_LIMIT_TABLE = "rate_limits";

/** A named budget: at most `points` requests per `durationSeconds` for one key (a fixed window from the first). */
export interface RateLimit {
  /** Prefixes the stored keys: each limit counts apart from the others. */
  name: string;
  points: number;
  durationSeconds: number;
  /** What the client is told when refused. */
  message: string;
}

/** One limit, counted in Postgres so every API process spends the same budget. */
export class RateLimiter {
  constructor(
    readonly limit: RateLimit,
    private readonly store: RateLimiterPostgres,
  ) {}

  /** Counts one request for `key`; throws RateLimitedError (HTTP 429, Retry-After) once the budget is spent. */
  async consume(key: string): Promise<void> {
    try {
      // Keys are hashed: they fit the key column whatever their length, and no address is kept at rest.
      await this.store.consume(createHash("sha256").update(key).digest("base64url"));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(this.limit.message, error.msBeforeNext / 1000);
      throw error; // the database failed: format-error answers SERVICE_UNAVAILABLE
    }
  }
}

/** Makes limiters on the process's data source; built once per process (see app/services.ts). */
export class RateLimitService {
  private limiters = 0;

  constructor(private readonly ds: DataSource) {}

  limiter(limit: RateLimit): RateLimiter {
    const store = new RateLimiterPostgres({
      storeClient: this.ds,
      storeType: "typeorm", // queries TypeORM's pg pool directly, outside any transaction
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true, // never DDL at request time: the migration made the table
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.durationSeconds,
      // The library deletes rows expired an hour ago every 5 minutes, on an unref'd timer (it keeps
      // neither the process nor Jest alive). One sweep per process is enough: it clears the whole table.
      clearExpiredByTimeout: this.limiters++ === 0,
    });
    return new RateLimiter(limit, store);
  }
}
