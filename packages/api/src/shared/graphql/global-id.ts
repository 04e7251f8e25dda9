/** Object types that can be fetched by global ID. */
export type NodeTypeName =
  | "Job"
  | "Company"
  | "JobCategory"
  | "Location"
  | "GlossaryTerm"
  | "Article"
  | "Alert"
  | "User"
  | "ApiKey"
  | "Plan"
  | "Order"
  | "CompanyClaim"
  | "CompanyInvitation";

const NODE_TYPES = new Set<string>([
  "Job",
  "Company",
  "JobCategory",
  "Location",
  "GlossaryTerm",
  "Article",
  "Alert",
  "User",
  "ApiKey",
  "Plan",
  "Order",
  "CompanyClaim",
  "CompanyInvitation",
]);

/** An opaque, URL-safe ID such as `Sm9iOjQy` for Job 42. */
export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

/** The type and database ID behind a global ID, or null for anything that is not one of ours. */
export function fromGlobalId(globalId: string): { type: NodeTypeName; id: number } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const match = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(decoded);
  if (!match || !NODE_TYPES.has(match[1])) return null;
  const id = Number(match[2]);
  if (id > 2_147_483_647) return null;
  return { type: match[1] as NodeTypeName, id };
}
