import type { ApolloServerPlugin } from "@apollo/server";
import { NoSchemaIntrospectionCustomRule, validate, type GraphQLSchema } from "graphql";
import { Role } from "../features/accounts/user.enums";
import { AppError } from "../shared/errors/app-error";
import type { Caller, Context } from "./context";

/** Who may map the schema live: admins and partners' keys (in development and tests, everyone). */
function mayIntrospect(caller: Caller): boolean {
  return caller.kind === "partner" || (caller.kind === "user" && caller.user.role === Role.ADMIN);
}

/**
 * In production, introspection (`__schema`, `__type`) is for admins and API keys: the playground's
 * docs work for them; strangers read the published schema (packages/schema/schema.graphql) instead.
 */
export function introspectionPlugin(schema: GraphQLSchema, open: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (open) return {};
      return {
        async didResolveOperation({ document, contextValue }) {
          if (mayIntrospect(contextValue.caller)) return;
          if (validate(schema, document, [NoSchemaIntrospectionCustomRule]).length) {
            throw new AppError(
              "FORBIDDEN",
              "Introspection is for admins and API keys; the schema is published in packages/schema/schema.graphql.",
            );
          }
        },
      };
    },
  };
}
