import type { DataSource, EntityManager } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { keysetConnection } from "../../shared/db/keyset";
import { containsPattern, query, sql, type SQL } from "../../shared/db/sql";
import { AppError, BadUserInputError } from "../../shared/errors/app-error";
import type { Connection } from "../../shared/graphql/connection";
import { fromGlobalId } from "../../shared/graphql/global-id";
import type { Actor, AuditService } from "../audit";
import type { SessionService } from "./session.service";
import { DEFAULT_USERS_PAGE, type UsersArgs } from "./user-admin.inputs";
import { User } from "./user.entity";
import { Role } from "./user.enums";

/** What an admin change does to the locked row: the SET clause, or null when there is nothing to change. */
type Change = { action: string; set: SQL } | null;

/**
 * Admins' management of accounts: list and search them, change a role, disable and enable. Each change
 * runs in one transaction with its audit entry (the account before and after). An admin can't disable
 * or demote themself, so there is always an admin left to undo a mistake.
 */
export class UserAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  private get columns(): SQL {
    return selectColumns(this.ds, User, "u", ["passwordHash"]);
  }

  /** Accounts, newest first, optionally those whose email contains `query`. */
  list(args: UsersArgs): Promise<Connection<User>> {
    const where: SQL[] = [];
    const text = args.query?.trim().toLowerCase();
    if (text) where.push(sql`u.email LIKE ${sql.value(containsPattern(text))}`);
    return keysetConnection<User>(
      this.ds,
      {
        select: this.columns,
        from: sql`users u`,
        where,
        sort: { name: "newest", key: sql`u.created_at`, keyType: "timestamptz", direction: "DESC", id: sql`u.id` },
      },
      { first: args.first ?? DEFAULT_USERS_PAGE, after: args.after },
    );
  }

  setRole(actor: Actor, userId: string, role: Role): Promise<User> {
    return this.change(actor, userId, (user) => {
      if (user.id === actor.id && role !== Role.ADMIN) {
        throw BadUserInputError.field("role", "You can't take away your own admin role; ask another admin to do it.");
      }
      return user.role === role ? null : { action: "user.setRole", set: sql`role = ${sql.value(role)}` };
    });
  }

  /** Disables the account and ends every session it has: it can't sign in or act until enabled again. */
  disable(actor: Actor, userId: string): Promise<User> {
    return this.change(
      actor,
      userId,
      (user) => {
        if (user.id === actor.id) throw BadUserInputError.field("id", "You can't disable your own account.");
        return user.disabledAt ? null : { action: "user.disable", set: sql`disabled_at = now()` };
      },
      async (manager, user) => void (await this.sessions.revokeAll(user.id, undefined, manager)),
    );
  }

  enable(actor: Actor, userId: string): Promise<User> {
    return this.change(actor, userId, (user) => (user.disabledAt ? { action: "user.enable", set: sql`disabled_at = NULL` } : null));
  }

  /**
   * Locks the target account and the acting admin's own (in id order, so two admins acting on each
   * other queue instead of deadlocking), applies `decide`'s change and records it. The admin is checked
   * to still be an enabled admin under that lock: two admins demoting each other at once can't leave
   * none. A change that changes nothing writes nothing.
   */
  private async change(
    actor: Actor,
    userId: string,
    decide: (user: User) => Change,
    alsoDo?: (manager: EntityManager, user: User) => Promise<void>,
  ): Promise<User> {
    const id = databaseId(userId);
    return this.ds.transaction(async (manager) => {
      const locked = await query<User>(
        manager,
        sql`SELECT ${this.columns} FROM users u WHERE u.id IN (${sql.value(id)}, ${sql.value(actor.id)}) ORDER BY u.id FOR UPDATE`,
      );
      const admin = locked.find((u) => u.id === actor.id);
      if (!admin || admin.role !== Role.ADMIN || admin.disabledAt) throw new AppError("FORBIDDEN", "You are no longer an admin.");
      const before = locked.find((u) => u.id === id);
      if (!before) throw BadUserInputError.field("id", "No account has this id.");
      const change = decide(before);
      if (!change) return Object.assign(new User(), before);
      const [after] = await query<User>(
        manager,
        sql`UPDATE users u SET ${change.set}, updated_at = now() WHERE u.id = ${sql.value(id)} RETURNING ${this.columns}`,
      );
      await alsoDo?.(manager, after);
      await this.audit.record(manager, actor, { action: change.action, targetType: "User", targetId: id, before, after });
      return Object.assign(new User(), after);
    });
  }
}

/** The account a global id names; anything else is BAD_USER_INPUT on `id`. */
function databaseId(globalId: string): number {
  const ref = fromGlobalId(globalId);
  if (ref?.type !== "User") throw BadUserInputError.field("id", "is not the id of an account");
  return ref.id;
}
