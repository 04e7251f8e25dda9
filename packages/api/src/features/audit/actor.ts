import type { Context } from "../../app/context";
import type { Actor } from "./audit.service";

/**
 * The admin acting, for the audit log: the signed-in person. Only resolvers under
 * `@Authorized(Role.ADMIN)` call it, so anyone else reaching it is a bug, not a refusal.
 */
export function actorOf(ctx: Pick<Context, "caller">): Actor {
  if (ctx.caller.kind !== "user") throw new Error("an admin resolver ran without a signed-in person");
  return { id: ctx.caller.user.id, email: ctx.caller.user.email };
}
