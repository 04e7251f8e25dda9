import type { DataSource, EntityManager } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { query, sql } from "../../shared/db/sql";
import { AuditEntry } from "./audit-entry.entity";

export const MAX_AUDIT_PAGE = 100;

/** Who acted: an admin (the signed-in person). */
export interface Actor {
  id: number;
  email: string;
}

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string | number;
  before?: object | null;
  after?: object | null;
}

/** Strips what never belongs in a log (hashes of secrets), and makes dates plain JSON. */
function snapshot(value: object | null | undefined): Record<string, any> | null {
  if (value == null) return null;
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, any>;
  for (const secret of ["passwordHash", "secretHash", "tokenHash"]) delete copy[secret];
  return copy;
}

/**
 * The audit log: every admin action is recorded in the same transaction as the change itself, so the
 * log never misses a change nor records one that was rolled back.
 */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(manager: EntityManager, actor: Actor, entry: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    });
  }

  /** The newest entries first, optionally for one kind of object; `before` pages back by id. */
  list(opts: { first: number; targetType?: string | null; beforeId?: string | null }): Promise<AuditEntry[]> {
    const conditions = [sql`true`];
    if (opts.targetType) conditions.push(sql`a.target_type = ${sql.value(opts.targetType)}`);
    if (opts.beforeId) conditions.push(sql`a.id < ${sql.value(opts.beforeId)}::bigint`);
    return query<AuditEntry>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, AuditEntry, "a")} FROM audit_log a WHERE ${sql.join(conditions, " AND ")}
        ORDER BY a.id DESC LIMIT ${sql.value(Math.min(opts.first, MAX_AUDIT_PAGE))}`,
    );
  }
}
