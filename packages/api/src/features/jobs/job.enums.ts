import { registerEnumType } from "type-graphql";

export enum Seniority {
  INTERN = "INTERN",
  ENTRY = "ENTRY",
  MID = "MID",
  SENIOR = "SENIOR",
  LEAD = "LEAD",
  PRINCIPAL = "PRINCIPAL",
  EXECUTIVE = "EXECUTIVE",
}

export enum EmploymentType {
  FULL_TIME = "FULL_TIME",
  PART_TIME = "PART_TIME",
  CONTRACT = "CONTRACT",
  INTERNSHIP = "INTERNSHIP",
  TEMPORARY = "TEMPORARY",
}

export enum RemotePolicy {
  REMOTE = "REMOTE",
  HYBRID = "HYBRID",
  ONSITE = "ONSITE",
}

/** Money's own concept (shared/money), part of a job's vocabulary too. */
export { SalaryPeriod } from "../../shared/money/salary-period";

export enum JobStatus {
  DRAFT = "DRAFT",
  PENDING_REVIEW = "PENDING_REVIEW",
  PUBLISHED = "PUBLISHED",
  EXPIRED = "EXPIRED",
  REJECTED = "REJECTED",
  CLOSED = "CLOSED",
}

registerEnumType(Seniority, { name: "Seniority", description: "How senior a role is; ENTRY is entry level." });
registerEnumType(EmploymentType, { name: "EmploymentType" });
registerEnumType(RemotePolicy, { name: "RemotePolicy", description: "Where the work is done." });
registerEnumType(JobStatus, {
  name: "JobStatus",
  description:
    "A posting's life: DRAFT → (order paid) → PENDING_REVIEW → PUBLISHED → EXPIRED at validThrough, or CLOSED by its employer; REJECTED (with a reason) → edited → resubmitted. Verified companies go straight to PUBLISHED when paid. Only PUBLISHED jobs are public.",
});
