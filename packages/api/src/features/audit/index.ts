// What the audit feature offers other features: recording an admin action.
export { AuditService, type Actor, type AuditRecord } from "./audit.service";
