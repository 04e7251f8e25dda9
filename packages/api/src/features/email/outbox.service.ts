import type { DataSource, EntityManager } from "typeorm";
import { query, sql } from "../../shared/db/sql";
import type { EmailDeliveryHealth } from "./email-health.resolver";

export interface OutgoingEmail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** The alert it is for, if any: its bounces count against the alert. */
  alertId?: number | null;
}

/** The graphile-worker task that delivers one outbox message (features/email/send-email.task.ts). */
export const SEND_EMAIL_TASK = "send_email";
/** Tries of a message whose server fails for a while (4xx, down): graphile-worker waits exp(attempt) seconds between them, about 2.5 hours in all. */
export const SEND_EMAIL_ATTEMPTS = 10;
/** Rows in one INSERT: 7 parameters each, under Postgres's 65,535 a statement. */
const OUTBOX_ROWS_PER_STATEMENT = 5_000;

/**
 * Writes emails to the outbox inside the caller's transaction, each with the job that will send it
 * (`graphile_worker.add_job` in the same transaction): a message is queued exactly when its cause commits.
 */
export class OutboxService {
  constructor(private readonly ds: DataSource) {}

  /** Delivery over the last 24 hours, in one statement (the created_at index bounds it). */
  async deliveryHealth(): Promise<EmailDeliveryHealth> {
    const [row] = await query<EmailDeliveryHealth>(
      this.ds,
      sql`SELECT now() - interval '24 hours' AS since,
          count(*) FILTER (WHERE status = 'PENDING')::int AS queued,
          count(*) FILTER (WHERE status = 'SENT')::int AS sent,
          count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
          count(*) FILTER (WHERE status = 'BOUNCED')::int AS bounced,
          (SELECT min(created_at) FROM email_outbox WHERE status = 'PENDING') AS "oldestQueuedAt"
        FROM email_outbox WHERE created_at > now() - interval '24 hours'`,
    );
    return row;
  }
  async enqueue(manager: EntityManager, email: OutgoingEmail): Promise<void> {
    await this.enqueueMany(manager, [email]);
  }

  /**
   * Many messages in two statements per 5,000 (an alert run's digests). Each value is a parameter of
   * its own (VALUES rows): twice as fast as arrays for large HTML, which the client would escape and
   * the server parse again as array literals.
   */
  async enqueueMany(manager: EntityManager, emails: readonly OutgoingEmail[]): Promise<number[]> {
    if (emails.length > OUTBOX_ROWS_PER_STATEMENT) {
      const ids: number[] = [];
      for (let i = 0; i < emails.length; i += OUTBOX_ROWS_PER_STATEMENT) {
        ids.push(...(await this.enqueueMany(manager, emails.slice(i, i + OUTBOX_ROWS_PER_STATEMENT))));
      }
      return ids;
    }
    if (emails.length === 0) return [];
    const rows = await query<{ id: number }>(
      manager,
      sql`INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body, headers, alert_id)
        VALUES ${sql.join(
          emails.map(
            (e) =>
              sql`(${sql.value(e.kind)}, ${sql.value(e.to)}, ${sql.value(e.subject)}, ${sql.value(e.text)}, ${sql.value(e.html ?? null)},
                ${sql.value(JSON.stringify(e.headers ?? {}))}::jsonb, ${sql.value(e.alertId ?? null)}::int)`,
          ),
          ", ",
        )}
        RETURNING id`,
    );
    const ids = rows.map((r) => r.id);
    await query(
      manager,
      sql`SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
          SELECT (${sql.value(SEND_EMAIL_TASK)}::text, json_build_object('id', id), NULL::text, NULL::timestamptz,
            ${sql.value(SEND_EMAIL_ATTEMPTS)}::smallint, NULL::text, NULL::smallint, NULL::text[])::graphile_worker.job_spec
          FROM unnest(${sql.value(ids)}::int[]) AS id))`,
    );
    return ids;
  }
}
