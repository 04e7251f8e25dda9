import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context";
import { pageCost } from "../../shared/graphql/cost";
import type { Connection } from "../../shared/graphql/connection";
import { actorOf } from "../audit";
import { DEFAULT_USERS_PAGE, UserConnection, UsersArgs } from "./user-admin.inputs";
import { User } from "./user.entity";
import { Role } from "./user.enums";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

/** Admins' view of accounts: every change is in the audit log (`auditLog(targetType: "User")`). */
@Resolver()
export class UserAdminResolver {
  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => UserConnection, {
    description: "Accounts, newest first; `query` finds them by email (admins only).",
    complexity: pageCost(DEFAULT_USERS_PAGE),
  })
  users(@Args() args: UsersArgs, @Ctx() ctx: Context): Promise<Connection<User>> {
    return ctx.services.userAdmin.list(args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description: "Changes an account's role (admins only; not your own admin role). It applies from its next request.",
  })
  setUserRole(@Arg("id", () => ID) id: string, @Arg("role", () => Role) role: Role, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.userAdmin.setRole(actorOf(ctx), id, role);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description: "Disables an account and ends all its sessions: it can't sign in until enabled (admins only; not your own).",
  })
  disableUser(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.userAdmin.disable(actorOf(ctx), id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Lets a disabled account sign in again (admins only)." })
  enableUser(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.userAdmin.enable(actorOf(ctx), id);
  }
}
