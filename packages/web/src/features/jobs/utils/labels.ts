import type { EmploymentType, RemotePolicy, Seniority } from "../../../generated/graphql";
import { label } from "../../../shared/utils/format";

/**
 * How the web app names the job enums: the one place for these labels. Job cards, the job page, the filters, the
 * alert form and the salary tables all read them here; the labels the API puts in facets and salary groups for
 * these enums are not asked for.
 */
export const SENIORITY_LABELS: Readonly<Record<Seniority, string>> = {
  INTERN: "Intern",
  ENTRY: "Entry level",
  MID: "Mid level",
  SENIOR: "Senior",
  LEAD: "Lead",
  PRINCIPAL: "Principal",
  EXECUTIVE: "Executive",
};

export const REMOTE_LABELS: Readonly<Record<RemotePolicy, string>> = { REMOTE: "Remote", HYBRID: "Hybrid", ONSITE: "On-site" };

export const EMPLOYMENT_TYPE_LABELS: Readonly<Record<EmploymentType, string>> = {
  FULL_TIME: "Full-time",
  PART_TIME: "Part-time",
  CONTRACT: "Contract",
  INTERNSHIP: "Internship",
  TEMPORARY: "Temporary",
};

/** A seniority's label; a value this build does not know yet reads e.g. `VERY_SENIOR` → "Very senior". */
export const seniorityLabel = (value: string): string => label(SENIORITY_LABELS, value);
export const remoteLabel = (value: string): string => label(REMOTE_LABELS, value);
export const employmentTypeLabel = (value: string): string => label(EMPLOYMENT_TYPE_LABELS, value);
