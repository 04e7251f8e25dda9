// What the job-stats feature offers other features and the app.
export { JobStatsService, safeApplyTarget, type JobEvent, type Visitor } from "./job-stats.service";
export { parseCountedToday, withCounted, utcDay } from "./counted-today";
