import type { TaskList } from "graphile-worker";
import type { Logger } from "../../shared/log/logger";
import type { PostingService } from "./posting.service";

/** The postings' scheduled work (app/worker.ts runs it): postings past their last day expire; those ending in three days are announced. */
export function postingTasks(postings: PostingService, log: Logger): { tasks: TaskList; crontab: string[] } {
  return {
    tasks: {
      postings_expire: async () => {
        let expired = 0;
        let reminded = 0;
        // A thousand a statement, until none is left.
        for (let n = await postings.expireDue(); n > 0; n = await postings.expireDue()) expired += n;
        for (let n = await postings.remindExpiring(); n > 0; n = await postings.remindExpiring()) reminded += n;
        if (expired || reminded) log.info({ expired, reminded }, "postings expired, and reminders sent");
      },
    },
    crontab: ["*/5 * * * * postings_expire ?max=3&jobKey=postings_expire&jobKeyMode=preserve_run_at"],
  };
}
