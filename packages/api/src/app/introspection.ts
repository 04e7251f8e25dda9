import type { ApolloServerPlugin } from "@apollo/server";
import { NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema } from "graphql";
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
  // Apollo hands every request with the same query text the same parsed document, so each document is checked once.
  const introspects = new WeakMap<DocumentNode, boolean>();
  const asksForSchema = (document: DocumentNode) => {
    let answer = introspects.get(document);
    if (answer === undefined) {
      answer = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
      introspects.set(document, answer);
    }
    return answer;
  };
  return {
    async requestDidStart() {
      if (open) return {};
      return {
        async didResolveOperation({ document, contextValue }) {
          if (mayIntrospect(contextValue.caller)) return;
          if (asksForSchema(document)) {
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
