import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { pageCost } from "../../shared/graphql/cost";
import { Role } from "../accounts";
import { AuditEntry } from "./audit-entry.entity";
import { AuditLogArgs, DEFAULT_AUDIT_PAGE } from "./audit.inputs";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => [AuditEntry], {
    description: "What admins have done, newest first (admins only). Page back with `before`: the last entry's `id`.",
    complexity: pageCost(DEFAULT_AUDIT_PAGE),
  })
  auditLog(@Args() { first, before, targetType }: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    return ctx.services.audit.list({ first: first ?? DEFAULT_AUDIT_PAGE, beforeId: before, targetType });
  }
}
