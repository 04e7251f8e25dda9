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
/** Alerts matched in one statement (and one transaction): the candidates' masks are made once per batch, so larger batches share them more. */
export const ALERT_BATCH_SIZE = 2000;

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
 * Matching is by bit masks, not by (alert, job) pairs: the batch's candidate jobs are numbered in
 * digest order (jobs whose plan puts them at the top of digests first, then newest first), and
 * each condition value that occurs (a category, a tag, a query, a minimum salary, a watermark...) gets the mask of the candidates it admits, computed once for the batch (a category's
 * from each job's category, a query's by testing it against each job's tsvector once). An alert's
 * matches are then the AND over its conditions of the OR over each condition's values: a few
 * operations on 1,000-bit strings per alert instead of a filter over ~100 pairs per alert. The
 * count is the mask's `bit_count`, the ten the email shows its first ten set bits.
 *
 * A job in its first publication cannot have been sent before (a watermark passes each publication
 * once), so deliveries are read only for jobs published again, and only when there are any.
 */
function dueBatch(afterId: number, limit: number) {
  return sql`
    WITH due AS MATERIALIZED (
      SELECT a.* FROM alerts a
      WHERE a.status = 'ACTIVE' AND a.next_run_at <= now() AND a.id > ${sql.value(afterId)}
      ORDER BY a.id LIMIT ${sql.value(limit)}
      FOR UPDATE SKIP LOCKED
    ),
    candidates AS MATERIALIZED (
      -- The tsvector is copied out of TOAST once here, not fetched again for every query it is tested against.
      SELECT j.id, j.published_xid, j.first_published_xid, j.search_vector || ''::tsvector AS search_vector,
        j.category_id, j.company_id, j.seniority, j.employment_type, j.remote, j.tags, j.salary_min_usd, j.salary_max_usd,
        (row_number() OVER (ORDER BY j.in_digest_top DESC, j.posted_at DESC NULLS LAST, j.id DESC) - 1)::int AS pos
      FROM jobs j
      WHERE ${LIVE_JOB} AND j.published_xid >= (SELECT min(pg_snapshot_xmin(d.watermark)) FROM due d)
    ),
    shape AS MATERIALIZED (
      SELECT count(*)::int AS n, coalesce(array_agg(id ORDER BY pos), '{}') AS ids, repeat('0', count(*)::int)::varbit AS none
      FROM candidates
    ),
    bits AS MATERIALIZED (
      SELECT c.*, set_bit(s.none, c.pos, 1) AS bit FROM candidates c CROSS JOIN shape s
    ),
    -- Every value the batch's alerts ask for, with the mask of the candidates it admits.
    masks AS MATERIALIZED (
      SELECT 'category' AS dim, category_id::text AS key, bit_or(bit) AS mask FROM bits GROUP BY category_id
      UNION ALL SELECT 'seniority', seniority::text, bit_or(bit) FROM bits GROUP BY seniority
      UNION ALL SELECT 'employment', employment_type::text, bit_or(bit) FROM bits GROUP BY employment_type
      UNION ALL SELECT 'remote', remote::text, bit_or(bit) FROM bits GROUP BY remote
      UNION ALL SELECT 'company', company_id::text, bit_or(bit) FROM bits GROUP BY company_id
      UNION ALL SELECT 'tag', t.tag, bit_or(b.bit) FROM bits b CROSS JOIN LATERAL unnest(b.tags) AS t(tag) GROUP BY t.tag
      UNION ALL SELECT 'location', jl.location_id::text, bit_or(b.bit) FROM bits b JOIN job_locations jl ON jl.job_id = b.id GROUP BY jl.location_id
      UNION ALL SELECT 'query', q.key, bit_or(b.bit)
        FROM (SELECT DISTINCT ON (d.match_query::text) d.match_query::text AS key, d.match_query FROM due d WHERE d.match_query IS NOT NULL) q
        JOIN bits b ON b.search_vector @@ q.match_query GROUP BY q.key
      UNION ALL SELECT 'salary', s.v::text, bit_or(b.bit)
        FROM (SELECT DISTINCT d.match_salary_min_usd AS v FROM due d WHERE d.match_salary_min_usd IS NOT NULL) s
        JOIN bits b ON coalesce(b.salary_max_usd, b.salary_min_usd) >= s.v GROUP BY s.v
      UNION ALL SELECT 'unseen', w.key, bit_or(b.bit)
        FROM (SELECT DISTINCT d.watermark::text AS key FROM due d) w
        JOIN bits b ON NOT pg_visible_in_snapshot(b.published_xid, w.key::pg_snapshot) GROUP BY w.key
    ),
    -- What each alert asks for: one row per value, in its condition (dim). Every alert has its watermark.
    wants AS (
      SELECT d.id, 'unseen' AS dim, d.watermark::text AS key FROM due d
      UNION ALL SELECT d.id, 'query', d.match_query::text FROM due d WHERE d.match_query IS NOT NULL
      UNION ALL SELECT d.id, 'salary', d.match_salary_min_usd::text FROM due d WHERE d.match_salary_min_usd IS NOT NULL
      UNION ALL SELECT d.id, 'category', unnest(d.match_category_ids)::text FROM due d
      UNION ALL SELECT d.id, 'seniority', unnest(d.match_seniorities)::text FROM due d
      UNION ALL SELECT d.id, 'employment', unnest(d.match_employment_types)::text FROM due d
      UNION ALL SELECT d.id, 'remote', unnest(d.match_remote)::text FROM due d
      UNION ALL SELECT d.id, 'company', unnest(d.match_company_ids)::text FROM due d
      UNION ALL SELECT d.id, 'tag', unnest(d.match_tags) FROM due d
      UNION ALL SELECT d.id, 'location', unnest(d.match_location_ids)::text FROM due d
    ),
    -- Any of a condition's values; a value no candidate has admits none.
    conditions AS (
      SELECT w.id, coalesce(bit_or(m.mask), (SELECT none FROM shape)) AS mask
      FROM wants w LEFT JOIN masks m ON m.dim = w.dim AND m.key = w.key
      GROUP BY w.id, w.dim
    ),
    -- Jobs published again that an alert of the batch has already sent (read only when there are such jobs).
    republished AS MATERIALIZED (
      SELECT id, bit FROM bits WHERE published_xid IS DISTINCT FROM first_published_xid
    ),
    sent AS (
      SELECT d.alert_id, bit_or(r.bit) AS mask
      FROM alert_deliveries d JOIN republished r ON r.id = ANY(d.job_ids)
      WHERE EXISTS (SELECT 1 FROM republished) AND d.alert_id = ANY(ARRAY(SELECT id FROM due))
        AND d.job_ids && ARRAY(SELECT id FROM republished)
      GROUP BY d.alert_id
    ),
    all_of AS (
      SELECT id, bit_and(mask) AS mask FROM conditions GROUP BY id
    ),
    matched AS (
      SELECT o.id, CASE WHEN s.mask IS NULL THEN o.mask ELSE o.mask & ~s.mask END AS mask
      FROM all_of o LEFT JOIN sent s ON s.alert_id = o.id
    )
    SELECT a.id, a.email, a.criteria, a.frequency, ${CRITERIA_NAMES},
      pg_current_snapshot()::text AS snapshot,
      sh.n AS candidates,
      bit_count(m.mask)::int AS total,
      CASE WHEN bit_count(m.mask) = 0 THEN '{}'::int[] ELSE ARRAY(
        SELECT sh.ids[p] FROM unnest((array_positions(string_to_array(h.head::text, NULL), '1'))[1:${sql.value(DIGEST_JOB_LIMIT)}]) AS p ORDER BY p
      ) END AS "jobIds"
    FROM due a JOIN matched m ON m.id = a.id CROSS JOIN shape sh
      -- The matches shown are the first set bits; most masks have ten among their first 128, so only those are split up.
      CROSS JOIN LATERAL (SELECT CASE WHEN bit_count(substring(m.mask FROM 1 FOR 128)) >= ${sql.value(DIGEST_JOB_LIMIT)}
        THEN substring(m.mask FROM 1 FOR 128) ELSE m.mask END AS head) h
    ORDER BY a.id`;
}

/**
 * Runs the due alerts (the `alerts_run_due` task, every minute): for each, the jobs published since
 * its last run that match it (those whose plan puts them at the top of digests first, then newest
 * first), as one email in the outbox; then its watermark and next run move on, in the same transaction that queued the email. Nothing to send: no email.
 */
export class AlertRuns {
  constructor(
    private readonly ds: DataSource,
    private readonly alerts: AlertService,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
  ) {}

  /**
   * Every alert due now, batch by batch; returns how many alerts were run and emails queued. Two
   * batches overlap: the next one is matched (Postgres) while this one's digests are rendered (Node)
   * and written, each in a transaction of its own. A failed batch fails the run after the other has
   * finished (its alerts stay due for the task's retry).
   */
  async runDue(batchSize = ALERT_BATCH_SIZE): Promise<{ alerts: number; emails: number }> {
    await this.alerts.prepareLinks();
    const totals = { alerts: 0, emails: 0 };
    const inFlight: Promise<void>[] = [];
    let afterId = 0;
    let failure: { reason: unknown } | undefined;
    try {
      for (;;) {
        let matched!: (lastId: number | null) => void;
        const lastId = new Promise<number | null>((resolve) => (matched = resolve));
        const batch = this.ds
          .transaction((manager) => this.runBatch(manager, afterId, batchSize, matched))
          .then((done) => {
            totals.alerts += done.alerts;
            totals.emails += done.emails;
          });
        inFlight.push(batch);
        // The next batch starts where this one's alerts end, as soon as they are known (or this one failed).
        const next = await Promise.race([lastId, batch.then(() => lastId)]);
        if (next == null) break;
        afterId = next;
        if (inFlight.length >= 2) await inFlight.shift();
      }
    } catch (reason) {
      failure = { reason };
    }
    // Every transaction ends before the run answers, and the first failure is what it answers.
    for (const settled of await Promise.allSettled(inFlight)) if (settled.status === "rejected") failure ??= settled;
    if (failure) throw failure.reason;
    return totals;
  }

  private async runBatch(
    manager: EntityManager,
    afterId: number,
    limit: number,
    matched: (lastId: number | null) => void,
  ): Promise<{ alerts: number; emails: number }> {
    const due = await query<DueAlert>(manager, dueBatch(afterId, limit));
    matched(due.length ? due[due.length - 1].id : null);
    if (due.length === 0) return { alerts: 0, emails: 0 };
    const snapshot = due[0].snapshot;
    // Instant alerts are always due; while no job could match any of them there is nothing to record.
    const moving = due.filter((a) => a.candidates > 0 || a.frequency !== AlertFrequency.INSTANT);
    if (moving.length === 0) return { alerts: due.length, emails: 0 };

    const sending = moving.filter((a) => a.total > 0);
    const jobs = await this.jobLines(manager, [...new Set(sending.flatMap((a) => a.jobIds))]);
    const emails: OutgoingEmail[] = [];
    for (const alert of sending) emails.push(await this.digest(alert, jobs));
    const emailIds = await this.outbox.enqueueMany(manager, emails);

    await query(
      manager,
      sql`INSERT INTO alert_deliveries (alert_id, email_id, job_ids)
        SELECT s.alert_id, s.email_id, s.job_ids
        FROM jsonb_to_recordset(${sql.value(JSON.stringify(sending.map((a, i) => ({ alert_id: a.id, job_ids: a.jobIds, email_id: emailIds[i] }))))}::jsonb)
          AS s(alert_id int, job_ids int[], email_id int)`,
    );
    await query(
      manager,
      sql`UPDATE alerts a SET watermark = ${sql.value(snapshot)}::pg_snapshot, next_run_at = ${NEXT_RUN},
          last_sent_at = CASE WHEN a.id = ANY(${sql.value(sending.map((s) => s.id))}::int[]) THEN now() ELSE a.last_sent_at END
        WHERE a.id = ANY(${sql.value(moving.map((m) => m.id))}::int[])`,
    );
    return { alerts: due.length, emails: emails.length };
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
