import type { TaskList } from "graphile-worker";
import type { DataSource } from "typeorm";
import type { Logger } from "../../shared/log/logger";
import { pruneChangeLog } from "./job-search.service";

/** The search index's scheduled work (app/worker.ts runs it): the change log keeps an hour of changes. */
export function searchTasks(ds: DataSource, log: Logger): { tasks: TaskList; crontab: string[] } {
  return {
    tasks: {
      search_changes_prune: async () => {
        const deleted = await pruneChangeLog(ds);
        if (deleted) log.info({ deleted }, "search change log pruned");
      },
    },
    crontab: ["17 * * * * search_changes_prune ?max=3&jobKey=search_changes_prune&jobKeyMode=preserve_run_at"],
  };
}
