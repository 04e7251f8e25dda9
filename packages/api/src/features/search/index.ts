export { JobSearch } from "./job-search.service";
export type { HitOrder } from "./job-index";
export { searchTasks } from "./search.tasks";
