import type { DataSource, EntityManager } from "typeorm";
import { query, sql } from "../../shared/db/sql";
import { formatSalaryRange } from "../../shared/money/salary-text";
import type { WebUrls } from "../../shared/web-urls";
import { alertDigestEmail, type DigestJob, type OutboxService, type OutgoingEmail } from "../email";
import { LIVE_JOB } from "../jobs";
import type { AlertCriteria } from "./alert.entity";
import { AlertFrequency } from "./alert.enums";
import { NEXT_RUN, unsubscribeHeaders, type AlertService } from "./alert.service";
import { CRITERIA_NAMES, describeCriteria } from "./alert-summary";

/** Jobs listed in one email, at most; the rest are behind its "see all N" link. */
export const DIGEST_JOB_LIMIT = 10;
/** Alerts matched in one statement (and one transaction). */
export const ALERT_BATCH_SIZE = 500;

interface DueAlert {
  id: number;
  email: string;
  criteria: AlertCriteria;
  frequency: AlertFrequency;
  categoryNames: string[];
  locationNames: string[];
  companyNames: string[];
  /** The snapshot this batch read jobs under: the alert's next watermark. */
  snapshot: string;
  /** Jobs in this batch that could match anything at all. */
  candidates: number;
  total: number;
  jobIds: number[];
}

interface JobLine {
  id: number;
  slug: string;
  title: string;
  company: string;
  city: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
}

/**
 * One batch of due alerts, matched against every job they have not seen, in ONE statement whose
 * snapshot is also what it reports as the watermark (so a job committed while it runs is seen by the
 * next run, never skipped). The same conditions as the site's search (jobs/job.filter.ts), over each
 * alert's resolved `match_*` columns; `alert-delivery.int.test.ts` holds them to the same answers.
 * Rows are locked (SKIP LOCKED): several workers take different batches.
 *
 * The full-text test, the costly one, runs once per distinct query of the batch and candidate job
 * (alerts share searches), not once per alert and job; the cheap filters then run on those hits.
 */
function dueBatch(afterId: number, limit: number) {
  return sql`
    WITH due AS (
      SELECT a.* FROM alerts a
      WHERE a.status = 'ACTIVE' AND a.next_run_at <= now() AND a.id > ${sql.value(afterId)}
      ORDER BY a.id LIMIT ${sql.value(limit)}
      FOR UPDATE SKIP LOCKED
    ),
    candidates AS MATERIALIZED (
      -- The tsvector is copied out of TOAST once here, not fetched again for every query it is tested against.
      SELECT j.id, j.published_xid, j.posted_at, j.search_vector || ''::tsvector AS search_vector, j.category_id, j.company_id,
        j.seniority, j.employment_type, j.remote, j.tags, j.salary_min_usd, j.salary_max_usd
      FROM jobs j
      WHERE ${LIVE_JOB} AND j.published_xid >= (SELECT min(pg_snapshot_xmin(d.watermark)) FROM due d)
    ),
    queries AS (
      SELECT DISTINCT ON (d.match_query::text) d.match_query::text AS key, d.match_query FROM due d WHERE d.match_query IS NOT NULL
    ),
    text_hits AS MATERIALIZED (
      SELECT q.key, j.id AS job_id FROM queries q JOIN candidates j ON j.search_vector @@ q.match_query
    ),
    pairs AS (
      SELECT a.id AS alert_id, h.job_id FROM due a JOIN text_hits h ON h.key = a.match_query::text
      UNION ALL
      SELECT a.id, j.id FROM due a CROSS JOIN candidates j WHERE a.match_query IS NULL
    ),
    matched AS (
      SELECT a.id AS alert_id, j.id AS job_id,
        row_number() OVER (PARTITION BY a.id ORDER BY j.posted_at DESC NULLS LAST, j.id DESC) AS n,
        count(*) OVER (PARTITION BY a.id) AS total
      FROM pairs p JOIN due a ON a.id = p.alert_id JOIN candidates j ON j.id = p.job_id
      WHERE NOT pg_visible_in_snapshot(j.published_xid, a.watermark)
        AND (cardinality(a.match_category_ids) = 0 OR j.category_id = ANY(a.match_category_ids))
        AND (cardinality(a.match_seniorities) = 0 OR j.seniority = ANY(a.match_seniorities))
        AND (cardinality(a.match_employment_types) = 0 OR j.employment_type = ANY(a.match_employment_types))
        AND (cardinality(a.match_remote) = 0 OR j.remote = ANY(a.match_remote))
        AND (cardinality(a.match_company_ids) = 0 OR j.company_id = ANY(a.match_company_ids))
        AND (cardinality(a.match_tags) = 0 OR j.tags && a.match_tags)
        AND (a.match_salary_min_usd IS NULL OR coalesce(j.salary_max_usd, j.salary_min_usd) >= a.match_salary_min_usd)
        AND (cardinality(a.match_location_ids) = 0 OR EXISTS (
          SELECT 1 FROM job_locations jl WHERE jl.job_id = j.id AND jl.location_id = ANY(a.match_location_ids)))
        AND NOT EXISTS (SELECT 1 FROM alert_deliveries ad WHERE ad.alert_id = a.id AND ad.job_id = j.id)
    ),
    per_alert AS (
      SELECT alert_id, max(total)::int AS total, array_agg(job_id ORDER BY n) FILTER (WHERE n <= ${sql.value(DIGEST_JOB_LIMIT)}) AS job_ids
      FROM matched GROUP BY alert_id
    )
    SELECT a.id, a.email, a.criteria, a.frequency, ${CRITERIA_NAMES},
      pg_current_snapshot()::text AS snapshot,
      (SELECT count(*) FROM candidates)::int AS candidates,
      coalesce(m.total, 0) AS total, coalesce(m.job_ids, '{}') AS "jobIds"
    FROM due a LEFT JOIN per_alert m ON m.alert_id = a.id
    ORDER BY a.id`;
}

/**
 * Runs the due alerts (the `alerts_run_due` task, every minute): for each, the jobs published since
 * its last run that match it, newest first, as one email in the outbox; then its watermark and next
 * run move on, in the same transaction that queued the email. Nothing to send: no email.
 */
export class AlertRuns {
  constructor(
    private readonly ds: DataSource,
    private readonly alerts: AlertService,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
  ) {}

  /** Every alert due now, batch by batch; returns how many alerts were run and emails queued. */
  async runDue(batchSize = ALERT_BATCH_SIZE): Promise<{ alerts: number; emails: number }> {
    let afterId = 0;
    const totals = { alerts: 0, emails: 0 };
    await this.alerts.prepareLinks();
    for (;;) {
      const batch = await this.ds.transaction((manager) => this.runBatch(manager, afterId, batchSize));
      if (!batch) return totals;
      totals.alerts += batch.alerts;
      totals.emails += batch.emails;
      afterId = batch.lastId;
    }
  }

  private async runBatch(
    manager: EntityManager,
    afterId: number,
    limit: number,
  ): Promise<{ alerts: number; emails: number; lastId: number } | null> {
    const due = await query<DueAlert>(manager, dueBatch(afterId, limit));
    if (due.length === 0) return null;
    const lastId = due[due.length - 1].id;
    const snapshot = due[0].snapshot;
    // Instant alerts are always due; while no job could match any of them there is nothing to record.
    const moving = due.filter((a) => a.candidates > 0 || a.frequency !== AlertFrequency.INSTANT);
    if (moving.length === 0) return { alerts: due.length, emails: 0, lastId };

    const sending = moving.filter((a) => a.total > 0);
    const jobs = await this.jobLines(manager, [...new Set(sending.flatMap((a) => a.jobIds))]);
    const emails: OutgoingEmail[] = [];
    for (const alert of sending) emails.push(await this.digest(alert, jobs));
    const emailIds = await this.outbox.enqueueMany(manager, emails);

    await query(
      manager,
      sql`INSERT INTO alert_deliveries (alert_id, job_id, email_id)
        SELECT s.alert_id, unnest(s.job_ids), s.email_id
        FROM jsonb_to_recordset(${sql.value(JSON.stringify(sending.map((a, i) => ({ alert_id: a.id, job_ids: a.jobIds, email_id: emailIds[i] }))))}::jsonb)
          AS s(alert_id int, job_ids int[], email_id int)
        ON CONFLICT DO NOTHING`,
    );
    await query(
      manager,
      sql`UPDATE alerts a SET watermark = ${sql.value(snapshot)}::pg_snapshot, next_run_at = ${NEXT_RUN},
          last_sent_at = CASE WHEN a.id = ANY(${sql.value(sending.map((s) => s.id))}::int[]) THEN now() ELSE a.last_sent_at END
        WHERE a.id = ANY(${sql.value(moving.map((m) => m.id))}::int[])`,
    );
    return { alerts: due.length, emails: emails.length, lastId };
  }

  private async digest(alert: DueAlert, jobs: Map<number, JobLine>): Promise<OutgoingEmail> {
    const links = await this.alerts.linksFor(alert.id);
    const days = alert.frequency === AlertFrequency.WEEKLY ? "7" : "1";
    const lines: DigestJob[] = alert.jobIds
      .map((id) => jobs.get(id))
      .filter((j): j is JobLine => j != null)
      .map((j) => ({
        title: j.title,
        company: j.company,
        location: j.city,
        salary: formatSalaryRange(j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod),
        url: this.urls.job(j.slug),
      }));
    const rendered = alertDigestEmail({
      summary: describeCriteria(alert.criteria, {
        categories: alert.categoryNames,
        locations: alert.locationNames,
        companies: alert.companyNames,
      }),
      frequency: alert.frequency,
      jobs: lines,
      totalCount: alert.total,
      seeAllUrl: this.urls.search(alert.criteria, { days, sort: "newest" }),
      manageUrl: links.manageUrl,
      unsubscribeUrl: links.unsubscribeUrl,
      createLikeThisUrl: this.urls.newAlert(alert.criteria),
    });
    return { kind: "ALERT_DIGEST", to: alert.email, ...rendered, alertId: alert.id, headers: unsubscribeHeaders(links.oneClickUrl) };
  }

  /** What a digest shows of each job, for all of a batch's emails in one statement. */
  private async jobLines(manager: EntityManager, ids: number[]): Promise<Map<number, JobLine>> {
    if (ids.length === 0) return new Map();
    const rows = await query<JobLine>(
      manager,
      sql`SELECT j.id, j.slug, j.title, c.name AS company, j.salary_min AS "salaryMin", j.salary_max AS "salaryMax",
          j.salary_currency AS "salaryCurrency", j.salary_period AS "salaryPeriod",
          (SELECT string_agg(l.city, ' · ' ORDER BY l.city) FROM job_locations jl JOIN locations l ON l.id = jl.location_id WHERE jl.job_id = j.id) AS city
        FROM jobs j JOIN companies c ON c.id = j.company_id
        WHERE j.id = ANY(${sql.value(ids)}::int[])`,
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}
