import type { ComplexityEstimator } from "graphql-query-complexity";

/**
 * The cost model (graphql-query-complexity reads each field's `complexity`): a field costs 1 (about
 * what a small value weighs in the response), a list costs 1 plus its largest size times what one
 * item costs, so nested lists multiply; an operation above MAX_QUERY_COMPLEXITY (25,000: a response
 * of at most a megabyte or two) is refused before it runs. Every list field declares one of these,
 * with the size its resolver never exceeds (test/cost-model.test.ts checks that each does).
 * An estimator reads only its field's own Int, Float, Boolean or enum arguments: app/complexity.ts
 * estimates an operation once per value of those variables.
 */

/** Largest page of any paged list: `first` and `last` are 1 to this. */
export const MAX_PAGE_SIZE = 100;

/** A list that never holds more than `maxItems` (its resolver caps it), which may depend on the field's arguments. */
export function listCost(maxItems: number | ((args: Record<string, unknown>) => number)): ComplexityEstimator {
  return ({ args, childComplexity }) => 1 + (typeof maxItems === "number" ? maxItems : maxItems(args)) * childComplexity;
}

/**
 * A paged list (a connection, or a list with `first`): as many items as the page asks for, or
 * `defaultSize`. An out-of-range size is costed at the bound, so that it reaches the argument's
 * own validation and gets BAD_USER_INPUT naming it.
 */
export function pageCost(defaultSize: number): ComplexityEstimator {
  return ({ args, childComplexity }) => {
    const asked = (args.first ?? args.last ?? defaultSize) as number;
    return 1 + childComplexity * Math.min(Math.max(asked, 1), MAX_PAGE_SIZE);
  };
}

/** A connection's `edges`: one item's cost (its connection multiplies by the page size). */
export const edgesCost: ComplexityEstimator = ({ childComplexity }) => childComplexity;

/** A long text (a description, an article body: a few KB): costs what it weighs in the response. */
export const TEXT_COST = 50;
/** Text rendered per request (Markdown to sanitised HTML): its weight and its CPU time. */
export const RENDER_COST = 100;
