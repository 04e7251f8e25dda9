import type { TaskList } from "graphile-worker";
import type { Logger } from "../../shared/log/logger";
import type { AlertRuns } from "./alert-runs";
import type { AlertService } from "./alert.service";

/** The alerts' scheduled work, as graphile-worker tasks and crontab lines (app/worker.ts runs them). */
export function alertTasks(runs: AlertRuns, alerts: AlertService, log: Logger): { tasks: TaskList; crontab: string[] } {
  return {
    tasks: {
      alerts_run_due: async () => {
        const { alerts: ran, emails } = await runs.runDue();
        if (emails) log.info({ alerts: ran, emails }, "alert digests queued");
      },
      alerts_purge_unconfirmed: async () => {
        const deleted = await alerts.purgeUnconfirmed();
        if (deleted) log.info({ deleted }, "unconfirmed alerts deleted");
      },
    },
    // Every minute (INSTANT alerts go out within minutes; DAILY/WEEKLY become due on the minute of
    // their hour). The job key keeps ticks from piling up behind a slow run.
    crontab: [
      "* * * * * alerts_run_due ?max=3&jobKey=alerts_run_due&jobKeyMode=preserve_run_at",
      "17 3 * * * alerts_purge_unconfirmed ?max=3",
    ],
  };
}
