// What the jobs feature offers other features. Anything not exported here is private to jobs/.
// Named re-exports only: they compile to lazy bindings, so an import cycle between features can't
// hand a half-loaded module to a class declaration.
export { RemotePolicy, Seniority, EmploymentType, SalaryPeriod, JobStatus } from "./job.enums";
export { Job } from "./job.entity";
export { LIVE_JOB, isLiveJob, jobConditions, searchText, validateJobFilter, type JobCriteria } from "./job.filter";
export { EMPLOYMENT_TYPE_LABELS, REMOTE_LABELS, SENIORITY_LABELS } from "./job.labels";
export { JobConnection } from "./job.types";
export { connectionIncludeOf } from "./job-include";
export { parentJobs } from "./parent-jobs";
export { JobFilter, JobSearchFields, MAX_CRITERIA_VALUES } from "./inputs/job-filter.input";
export type { FirstPageRow, JobInclude, JobService, JobWithRelations } from "./job.service";
export { firstPageSelected } from "./parent-jobs";
