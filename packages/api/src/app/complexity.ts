import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  GraphQLError,
  isEnumType,
  isScalarType,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { operationDocument } from "../shared/graphql/operation-document";
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
  const costs = new WeakMap<
    OperationDefinitionNode,
    { costVariables: string[]; otherVariables: string[]; byValues: Map<string, number> }
  >();
  /** The operation's cost for these variables, estimated once per operation and cost-bearing values. */
  const costOf = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number => {
    let known = costs.get(operation);
    if (!known) {
      const costVariables = costBearingVariables(schema, operation);
      const otherVariables = (operation.variableDefinitions ?? [])
        .map((d) => d.variable.name.value)
        .filter((n) => !costVariables.includes(n));
      known = { costVariables, otherVariables, byValues: new Map() };
      costs.set(operation, known);
    }
    // The cost-bearing values, and whether each other variable is omitted, null or given: an estimate
    // fails (BAD_USER_INPUT) when a null reaches a non-null argument, and a default applies only when omitted.
    const key = JSON.stringify([
      known.costVariables.map((name) => (name in variables ? [variables[name]] : [])),
      known.otherVariables.map((name) => (!(name in variables) ? 0 : variables[name] === null ? 1 : 2)),
    ]);
    let complexity = known.byValues.get(key);
    if (complexity === undefined) {
      complexity = getComplexity({
        schema,
        // Only what runs: a document of many operations is not walked whole.
        query: operationDocument(document, operation),
        // The operation Apollo picked, by its own name: the library would read the name of an anonymous one.
        operationName: operation.name?.value,
        variables,
        estimators,
      });
      if (known.byValues.size >= 100) known.byValues.clear();
      known.byValues.set(key, complexity);
    }
    return complexity;
  };
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
            complexity = costOf(document, operation, request.variables ?? {});
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

/**
 * The variables an operation's cost can depend on: sizes (Int, Float), @include/@skip conditions
 * (Boolean) and choices (enums, like salaries' `by`), but not texts, ids or input objects, which no
 * estimator reads (shared/graphql/cost.ts: estimators read a field's own scalar or enum arguments).
 * So a JobDetail costs the same for every slug, and is estimated once.
 */
function costBearingVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): string[] {
  return (operation.variableDefinitions ?? [])
    .filter((definition) => {
      const type = typeFromAST(schema, definition.type as never);
      const named = type && getNamedType(type);
      return named != null && (isEnumType(named) || (isScalarType(named) && ["Int", "Float", "Boolean"].includes(named.name)));
    })
    .map((definition) => definition.variable.name.value);
}
