import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";

/**
 * Refuses operations that would cost more than `max` before any resolver runs. Each field's cost is
 * declared on the field (shared/graphql/cost.ts); a field that declares none costs 1.
 */
export function complexityPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({ schema, query: document, operationName: request.operationName, variables: request.variables, estimators });
          } catch (error) {
            // Costing coerces the variables first, so bad variables surface here, before execution does.
            if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
            throw error;
          }
          if (complexity > max) {
            throw new GraphQLError(`Query is too complex: ${complexity}, the limit is ${max}. Ask for fewer items or fewer fields.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", complexity, maximumComplexity: max },
            });
          }
        },
      };
    },
  };
}
