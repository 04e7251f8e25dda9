import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** How long a response may be kept (seconds), and whether by shared caches (PUBLIC) or the caller's own (PRIVATE). */
export interface CacheHint {
  maxAge?: number;
  scope?: "PUBLIC" | "PRIVATE";
}

/** A `@cacheControl` directive's arguments (inheritMaxAge: no default maxAge for this field). */
interface Annotation extends CacheHint {
  inheritMaxAge?: boolean;
}

/**
 * An operation's cache policy from the schema's `@cacheControl` hints (shared/graphql/cache-hints.ts),
 * by Apollo's rules: a field returning an object, and every root field, is maxAge 0 unless it or
 * its type has a hint; scalars inherit; the operation gets the shortest maxAge of all its fields,
 * PRIVATE if any is. Computed from the document, not while resolving: the hints are static, and
 * Apollo's own plugin (ApolloServerPluginCacheControl) hooks every resolved field, which measured
 * some 40% slower per request here. The document counts every field it selects (every fragment,
 * whatever @skip/@include say), so it can only be shorter-lived or more private than what runs.
 * Cached per parsed document (Apollo keeps parsed documents in its document store).
 */
export function cachePolicyOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CacheHint {
  let byOperation = cache.get(document);
  if (!byOperation) cache.set(document, (byOperation = new Map()));
  let policy = byOperation.get(operation);
  if (!policy) byOperation.set(operation, (policy = compute(schema, document, operation)));
  return policy;
}

const cache = new WeakMap<DocumentNode, Map<OperationDefinitionNode, CacheHint>>();

function compute(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CacheHint {
  const root = schema.getRootType(operation.operation);
  if (!root) return { maxAge: 0 };
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const overall: CacheHint = {};
  const restrict = (hint: CacheHint) => {
    if (hint.maxAge !== undefined && (overall.maxAge === undefined || hint.maxAge < overall.maxAge)) overall.maxAge = hint.maxAge;
    if (hint.scope === "PRIVATE") overall.scope = "PRIVATE";
    else if (hint.scope !== undefined && overall.scope === undefined) overall.scope = hint.scope;
  };

  const visit = (parent: GraphQLCompositeType, selections: SelectionSetNode, isRoot: boolean, spread: Set<string>) => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (on && isCompositeType(on)) visit(on, selection.selectionSet, isRoot, spread);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && on && isCompositeType(on) && !spread.has(fragment.name.value)) {
          visit(on, fragment.selectionSet, isRoot, new Set(spread).add(fragment.name.value));
        }
        continue;
      }
      const name = selection.name.value;
      if (name === "__typename") continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      // Introspection (__schema, __type) and anything unknown: never cached.
      if (!field) {
        restrict({ maxAge: 0 });
        continue;
      }
      const target = getNamedType(field.type);
      const policy: CacheHint = {};
      let inheritMaxAge = false;
      if (isCompositeType(target)) {
        const typeHint = annotationOf(target.astNode?.directives);
        Object.assign(policy, defined(typeHint));
        inheritMaxAge = !!typeHint.inheritMaxAge;
      }
      const fieldHint = annotationOf((field as GraphQLField<unknown, unknown>).astNode?.directives);
      if (fieldHint.inheritMaxAge && policy.maxAge === undefined) {
        inheritMaxAge = true;
        if (fieldHint.scope) policy.scope = fieldHint.scope;
      } else {
        Object.assign(policy, defined(fieldHint));
      }
      if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot)) policy.maxAge = 0;
      restrict(policy);
      if (selection.selectionSet && isCompositeType(target)) visit(target, selection.selectionSet, false, spread);
    }
  };
  visit(root, operation.selectionSet, true, new Set());
  return overall;
}

/** maxAge and scope where given (so that Object.assign replaces only those). */
function defined(hint: Annotation): CacheHint {
  return {
    ...(hint.maxAge !== undefined ? { maxAge: hint.maxAge } : {}),
    ...(hint.scope !== undefined ? { scope: hint.scope } : {}),
  };
}

/** The `@cacheControl(...)` among a type's or field's directives, read as Apollo reads it. */
function annotationOf(directives: readonly DirectiveNode[] | undefined): Annotation {
  const directive = directives?.find((d) => d.name.value === "cacheControl");
  if (!directive?.arguments) return {};
  const arg = (name: string) => directive.arguments!.find((a) => a.name.value === name)?.value;
  const maxAge = arg("maxAge");
  const scope = arg("scope");
  const inherit = arg("inheritMaxAge");
  const scopeValue = scope?.kind === Kind.ENUM && (scope.value === "PUBLIC" || scope.value === "PRIVATE") ? scope.value : undefined;
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope: scopeValue };
  return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope: scopeValue };
}
