import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../shared/db/keyset";

/** A list field with `first`/`last` costs its page size times what each item costs. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = (args.first ?? args.last) as number | undefined;
  if (typeof size === "number" || "after" in args || "before" in args) {
    return 1 + childComplexity * (typeof size === "number" ? Math.max(size, 1) : DEFAULT_PAGE_SIZE);
  }
  return undefined;
};

/** Refuses operations that would cost more than `max` before any resolver runs. */
export function complexityPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Costing coerces the variables first, so bad variables surface here, before execution does.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
            }
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
