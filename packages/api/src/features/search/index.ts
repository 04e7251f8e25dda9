export { JobSearch } from "./job-search.service";
export type { HitOrder } from "./job-index";
export type { LogPosition, SearchConfirmation } from "./job-search.service";
export { searchTasks } from "./search.tasks";
