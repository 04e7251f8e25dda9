import { isbot } from "isbot";
import type { DataSource } from "typeorm";
import { query, sql } from "../../shared/db/sql";
import { RateLimitedError } from "../../shared/errors/app-error";
import type { RateLimiter, RateLimitService } from "../../shared/rate-limit/rate-limiter";
import { LIVE_JOB } from "../jobs";

export type JobEvent = "view" | "apply";

/** Who is behind a view or a click, as far as the API can tell. */
export interface Visitor {
  ip: string;
  userAgent: string | null;
}

/** Counted events one address may add in an hour; past that they are not counted (the visitor notices nothing). */
export const COUNTED_EVENTS_PER_IP_HOUR = 300;

/** Only links a browser opens as a page or a mail client: never `javascript:`, `data:` or anything else. */
export function safeApplyTarget(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Views of job pages and apply clicks, one row per job and UTC day (`job_daily_stats`). Bots (by user
 * agent, with isbot's list) are not counted, nor an address past its hourly budget; the same browser
 * counted once per job and day is the caller's part (a cookie, app/counted-links.ts).
 */
export class JobStatsService {
  private readonly perIp: RateLimiter;

  constructor(
    private readonly ds: DataSource,
    rateLimits: RateLimitService,
  ) {
    this.perIp = rateLimits.limiter({
      name: "job-events-ip",
      points: COUNTED_EVENTS_PER_IP_HOUR,
      durationSeconds: 3600,
      message: "Too many views from this address.",
    });
  }

  /** Counts one event for a live job today; false when it was not counted (a bot, over budget, no such live job). */
  async count(event: JobEvent, jobId: number, visitor: Visitor): Promise<boolean> {
    if (!visitor.userAgent || isbot(visitor.userAgent)) return false;
    try {
      await this.perIp.consume(visitor.ip);
    } catch (error) {
      if (error instanceof RateLimitedError) return false;
      throw error;
    }
    const [views, clicks] = event === "view" ? [1, 0] : [0, 1];
    const rows = await query(
      this.ds,
      sql`INSERT INTO job_daily_stats AS s (job_id, day, views, apply_clicks)
        SELECT j.id, (now() AT TIME ZONE 'UTC')::date, ${sql.value(views)}, ${sql.value(clicks)} FROM jobs j
        WHERE j.id = ${sql.value(jobId)} AND ${LIVE_JOB}
        ON CONFLICT (job_id, day) DO UPDATE SET views = s.views + EXCLUDED.views, apply_clicks = s.apply_clicks + EXCLUDED.apply_clicks
        RETURNING 1`,
    );
    return rows.length > 0;
  }

  /** A job's page slug, whether it is live, and where its Apply button may lead (null: nowhere safe). */
  async applyTarget(jobId: number): Promise<{ slug: string; live: boolean; target: string | null } | null> {
    const [row] = await query<{ slug: string; live: boolean; applyUrl: string | null }>(
      this.ds,
      sql`SELECT j.slug, (${LIVE_JOB}) AS live, j.apply_url AS "applyUrl" FROM jobs j WHERE j.id = ${sql.value(jobId)}`,
    );
    return row ? { slug: row.slug, live: row.live, target: safeApplyTarget(row.applyUrl) } : null;
  }
}
