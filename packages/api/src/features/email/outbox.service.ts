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

  /** Many messages in two statements, however many there are (an alert run's digests). */
  async enqueueMany(manager: EntityManager, emails: readonly OutgoingEmail[]): Promise<number[]> {
    if (emails.length === 0) return [];
    const column = (pick: (e: OutgoingEmail) => string | number | null) => sql.value(emails.map(pick));
    const rows = await query<{ id: number }>(
      manager,
      sql`INSERT INTO email_outbox (kind, to_address, subject, text_body, html_body, headers, alert_id)
        SELECT * FROM unnest(${column((e) => e.kind)}::text[], ${column((e) => e.to)}::text[], ${column((e) => e.subject)}::text[],
          ${column((e) => e.text)}::text[], ${column((e) => e.html ?? null)}::text[], ${column((e) => JSON.stringify(e.headers ?? {}))}::jsonb[],
          ${column((e) => e.alertId ?? null)}::int[])
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
