import type { EmploymentType, RemotePolicy, Seniority } from "../../../generated/graphql";
import { ALERT_PATHS } from "../../../shared/navigation";
import { EMPTY_SEARCH, serializeSearch, type JobSearch } from "../../jobs";

/** An alert's saved search, as the API returns it (`Alert.criteria`). */
export interface AlertCriteriaValues {
  query: string | null;
  categories: string[];
  seniorities: Seniority[];
  employmentTypes: EmploymentType[];
  remote: RemotePolicy[];
  locations: string[];
  companies: string[];
  tags: string[];
  salaryMin: number | null;
  salaryCurrency: string | null;
}

/** An alert's criteria as a job search, for the alert form to edit (no date or sort: an alert sends what is new). */
export function alertSearch(criteria: AlertCriteriaValues): JobSearch {
  return {
    ...EMPTY_SEARCH,
    query: criteria.query ?? "",
    categories: [...criteria.categories],
    seniorities: [...criteria.seniorities],
    employmentTypes: [...criteria.employmentTypes],
    remote: [...criteria.remote],
    locations: [...criteria.locations],
    companies: [...criteria.companies],
    tags: [...criteria.tags],
    salaryMin: criteria.salaryMin,
    salaryCurrency: criteria.salaryCurrency ?? EMPTY_SEARCH.salaryCurrency,
  };
}

/** The alert form, filled in with this search ("Create an alert like this"). */
export function newAlertPath(search: JobSearch): string {
  const query = serializeSearch(search);
  return query ? `${ALERT_PATHS.create}?${query}` : ALERT_PATHS.create;
}
