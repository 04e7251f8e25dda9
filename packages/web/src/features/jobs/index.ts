// What the jobs feature offers other features. Anything not exported here is private to jobs/.
export { FacetCheckbox } from "./components/FacetCheckbox";
export { FilterChip, FilterChips } from "./components/FilterChip";
export { JobList, JobListSkeleton } from "./components/JobCard";
export { JobPagePreview, type JobPreviewData } from "./components/JobPagePreview";
export { EMPLOYMENT_TYPE_LABELS, REMOTE_LABELS, SENIORITY_LABELS, employmentTypeLabel, remoteLabel, seniorityLabel } from "./utils/labels";
export {
  EMPLOYMENT_TYPES,
  EMPTY_SEARCH,
  REMOTE_POLICIES,
  SENIORITIES,
  serializeSearch,
  toAlertCriteria,
  toggleValue,
  type JobSearch,
  type ListDimension,
} from "./utils/searchParams";
