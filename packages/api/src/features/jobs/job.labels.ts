import { type EmploymentType, type RemotePolicy, type Seniority } from "./job.enums";

/** How each enum value reads on the site. */
export const SENIORITY_LABELS: Record<Seniority, string> = {
  INTERN: "Intern",
  ENTRY: "Entry level",
  MID: "Mid level",
  SENIOR: "Senior",
  LEAD: "Lead",
  PRINCIPAL: "Principal",
  EXECUTIVE: "Executive",
};

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  FULL_TIME: "Full-time",
  PART_TIME: "Part-time",
  CONTRACT: "Contract",
  INTERNSHIP: "Internship",
  TEMPORARY: "Temporary",
};

export const REMOTE_LABELS: Record<RemotePolicy, string> = {
  REMOTE: "Remote",
  HYBRID: "Hybrid",
  ONSITE: "On-site",
};
