import { Logger as WorkerLogger, run, type Runner } from "graphile-worker";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { poolOf } from "../db/migrate";
import { alertTasks } from "../features/alerts/alert.tasks";
import { createMailer } from "../features/email/mailer";
import { emailTasks } from "../features/email/send-email.task";
import { postingTasks } from "../features/postings/posting.tasks";
import { searchTasks } from "../features/search";
import type { Logger } from "../shared/log/logger";
import type { Services } from "./services";

export type WorkerConfig = Pick<Config, "SMTP_URL" | "MAIL_FROM" | "WORKER_CONCURRENCY">;

/** graphile-worker's log lines, as ours. */
function workerLogger(log: Logger): WorkerLogger {
  const child = log.child({ component: "worker" });
  return new WorkerLogger(() => (level, message, meta) => {
    if (level === "error") child.error(meta ?? {}, message);
    else if (level === "warning") child.warn(meta ?? {}, message);
    else child.debug(meta ?? {}, message);
  });
}

/**
 * The job worker: graphile-worker over the API's own Postgres, running the tasks every feature
 * declares — alert digests, postings' expiry and the search change log's pruning on a crontab, one `send_email` job per outbox message (queued in the
 * transaction that wrote the message). Any number of workers may run, in API processes or on their
 * own (`pnpm worker`): jobs are taken with SKIP LOCKED, and each task is safe to run again.
 */
export async function startWorker(ds: DataSource, services: Services, config: WorkerConfig, log: Logger): Promise<Runner> {
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log });
  const alerts = alertTasks(services.alertRuns, services.alerts, log);
  const postings = postingTasks(services.postings, log);
  const search = searchTasks(ds, log);
  const email = emailTasks(
    ds,
    mailer,
    {
      delivered: async (manager, message) => {
        if (message.alertId != null) await services.alerts.recordDelivered(manager, message.alertId);
      },
      bounced: async (manager, message) => {
        if (message.alertId != null) await services.alerts.recordBounce(manager, message.alertId);
      },
    },
    log,
  );
  const runner = await run({
    pgPool: poolOf(ds),
    concurrency: config.WORKER_CONCURRENCY,
    noHandleSignals: true,
    pollInterval: 2_000,
    logger: workerLogger(log),
    taskList: { ...alerts.tasks, ...email.tasks, ...postings.tasks, ...search.tasks },
    crontab: [...alerts.crontab, ...email.crontab, ...postings.crontab, ...search.crontab].join("\n"),
  });
  void runner.promise.finally(() => mailer.close());
  return runner;
}
