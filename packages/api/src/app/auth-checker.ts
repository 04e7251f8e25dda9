import type { AuthChecker } from "type-graphql";
import { SELF } from "../features/accounts/user.enums";
import { AppError } from "../shared/errors/app-error";
import type { Caller, Context } from "./context";

/**
 * The one place authorization is decided, for every `@Authorized(...)` field and mutation:
 * - `@Authorized()`: a signed-in person (not an API key);
 * - `@Authorized(Role.ADMIN)` (any roles): a person with one of them;
 * - `@Authorized(SELF)`: the object the field belongs to is the signed-in person themself.
 * Anonymous callers hear UNAUTHENTICATED (sign in); everyone else refused hears FORBIDDEN.
 * Resolvers and services take the person from the context, never from an argument.
 */
export const authChecker: AuthChecker<Context, string> = ({ root, context }, roles) => authorize(context.caller, roles, root);

/** The auth checker's rule for `caller`, for what the API answers outside GraphQL (app/company-logos.ts): true, or it throws. */
export function authorize(caller: Caller, roles: readonly string[], root?: unknown): true {
  if (caller.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Sign in to do this.");
  if (caller.kind !== "user") throw new AppError("FORBIDDEN", "API keys can read public data only; this needs a signed-in person.");
  if (roles.length === 0) return true;
  if (roles.includes(caller.user.role)) return true;
  if (roles.includes(SELF) && (root as { id?: unknown } | undefined)?.id === caller.user.id) return true;
  throw new AppError("FORBIDDEN", "You don't have permission to do this.");
}
