import type { Task, TaskList } from "graphile-worker";
import type { DataSource, EntityManager } from "typeorm";
import { query, sql } from "../../shared/db/sql";
import type { Logger } from "../../shared/log/logger";
import type { EmailMessage } from "./email-message.entity";
import type { Mailer } from "./mailer";
import { SEND_EMAIL_TASK } from "./outbox.service";

/**
 * A send_email job locked this long belongs to a worker that died (a try takes seconds: the mailer's
 * timeouts bound it). graphile-worker itself would wait four hours before running it again.
 */
export const STALE_SEND_MINUTES = 5;

/** What other features do when a message they caused is delivered or refused for good (alerts count bounces). */
export interface DeliveryHooks {
  delivered(manager: EntityManager, message: Pick<EmailMessage, "id" | "alertId">): Promise<void>;
  bounced(manager: EntityManager, message: Pick<EmailMessage, "id" | "alertId">): Promise<void>;
}

/** The outbox row's Message-ID: the same on every try. */
export const messageId = (id: number) => `<outbox-${id}@hiredin.ai>`;

type Locked = Pick<EmailMessage, "id" | "to" | "subject" | "text" | "html" | "headers" | "alertId">;

/**
 * The `send_email` task: delivers one outbox message. The row is locked while the SMTP server has it
 * and only a PENDING row is sent, so however often the job runs (a retry, a worker that died after
 * sending and before graphile-worker heard), a message that is SENT is never sent again. A refusal
 * for good (5xx) marks it BOUNCED; a temporary failure is recorded and thrown, and graphile-worker
 * tries again with exponential backoff until its last attempt, which marks it FAILED.
 */
export function sendEmailTask(ds: DataSource, mailer: Mailer, hooks: DeliveryHooks, log: Logger): Task {
  return async (payload, helpers) => {
    const { id } = payload as { id: number };
    const lastTry = helpers.job.attempts >= helpers.job.max_attempts;
    const retry = await ds.transaction(async (manager): Promise<string | null> => {
      const [message] = await query<Locked>(
        manager,
        sql`SELECT id, to_address AS "to", subject, text_body AS text, html_body AS html, headers, alert_id AS "alertId"
          FROM email_outbox WHERE id = ${sql.value(id)} AND status = 'PENDING' FOR UPDATE SKIP LOCKED`,
      );
      if (!message) return null;
      // A Message-ID of the outbox row's own: if a worker dies between the server's OK and this
      // commit and the message goes again, mail clients show the two as one.
      const outcome = await mailer.send({ ...message, headers: { ...message.headers, "Message-ID": messageId(id) } });
      const mark = (status: string, error: string | null) =>
        query(
          manager,
          sql`UPDATE email_outbox SET status = ${sql.value(status)}::email_status, attempts = attempts + 1, last_error = ${sql.value(error)},
            sent_at = CASE WHEN ${sql.value(status)} = 'SENT' THEN now() END
            WHERE id = ${sql.value(id)}`,
        );
      switch (outcome.kind) {
        case "sent":
          await mark("SENT", null);
          await hooks.delivered(manager, message);
          return null;
        case "permanent":
          log.warn({ emailId: id, error: outcome.error }, "email refused for good");
          await mark("BOUNCED", outcome.error);
          await hooks.bounced(manager, message);
          return null;
        case "temporary":
          await mark(lastTry ? "FAILED" : "PENDING", outcome.error);
          if (lastTry) log.error({ emailId: id, error: outcome.error }, "email failed: no tries left");
          return lastTry ? null : outcome.error;
        case "not-configured":
          return null; // no SMTP_URL: it stays in the outbox (the mailer logged it; see /dev/mailbox)
      }
    });
    if (retry) throw new Error(`email ${id} not sent yet: ${retry}`);
  };
}

/**
 * The email feature's tasks and crontab: `send_email`, and every minute `email_unlock_stale`, which
 * frees the send_email jobs of workers that died holding them (a killed process), so their messages
 * go within minutes. Safe even if such a worker were only slow: a message is locked while it is sent.
 */
export function emailTasks(ds: DataSource, mailer: Mailer, hooks: DeliveryHooks, log: Logger): { tasks: TaskList; crontab: string[] } {
  return {
    tasks: {
      [SEND_EMAIL_TASK]: sendEmailTask(ds, mailer, hooks, log),
      email_unlock_stale: async () => {
        const [row] = await query<{ workers: string[] }>(
          ds,
          sql`WITH stale AS (
              SELECT DISTINCT locked_by FROM graphile_worker.jobs
              WHERE task_identifier = ${sql.value(SEND_EMAIL_TASK)} AND locked_at < now() - ${sql.value(`${STALE_SEND_MINUTES} minutes`)}::interval)
            SELECT ARRAY(SELECT locked_by FROM stale) AS workers, graphile_worker.force_unlock_workers(ARRAY(SELECT locked_by FROM stale))`,
        );
        if (row?.workers.length) log.warn({ workers: row.workers }, "freed the email jobs of workers that stopped");
      },
    },
    crontab: ["* * * * * email_unlock_stale ?max=1&jobKey=email_unlock_stale"],
  };
}
