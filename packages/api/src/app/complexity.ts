import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Context } from "./context";

/**
 * Refuses operations that would cost more than `max` before any resolver runs. Each field's cost is
 * declared on the field (shared/graphql/cost.ts); a field that declares none costs 1.
 */
export function complexityPlugin(
  schema: GraphQLSchema,
  max: number,
  /** Charges the operation's cost to its caller (the rate-limit budget), once it is known to be acceptable. */
  spend: (ctx: Context, complexity: number) => Promise<void>,
): ApolloServerPlugin<Context> {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          // No such operation in the document (an operationName that names none): Apollo answers that itself.
          if (!operation) return;
          // Bad variables: execution refuses them (all of them, as BAD_USER_INPUT) before anything runs.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              // The operation Apollo picked, by its own name: the library would read the name of an anonymous one.
              operationName: operation.name?.value,
              variables: request.variables,
              estimators,
            });
          } catch (error) {
            // An argument that its variable or literal cannot fill (null into a non-null argument, say).
            if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
            throw error;
          }
          if (complexity > max) {
            throw new GraphQLError(`Query is too complex: ${complexity}, the limit is ${max}. Ask for fewer items or fewer fields.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", complexity, maximumComplexity: max },
            });
          }
          await spend(contextValue, complexity);
        },
      };
    },
  };
}
