// What the audit feature offers other features: recording an admin action, and who the acting admin is.
export { AuditService, type Actor, type AuditRecord } from "./audit.service";
export { actorOf } from "./actor";
