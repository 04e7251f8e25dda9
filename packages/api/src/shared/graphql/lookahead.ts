import type { FieldNode, GraphQLResolveInfo, OperationDefinitionNode } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

/**
 * Every field selected below the current one, as dotted paths (`totalCount`, `edges.node.company`),
 * through fragments and honouring @include/@skip, so a resolver can fetch in one go what its
 * children will ask for.
 */
export function selectedPaths(info: GraphQLResolveInfo): Set<string> {
  const node = info.fieldNodes.length === 1 && !hasDirectives(info.operation) ? info.fieldNodes[0] : null;
  let paths = node && pathsByField.get(node);
  if (!paths) {
    paths = pathsOf(parseResolveInfo(info) as ResolveTree | null | undefined);
    if (node) pathsByField.set(node, paths);
  }
  return paths;
}

/**
 * The paths below a field, by its node in the operation's syntax tree. A document is parsed once and its
 * tree reused for every request sending it (Apollo's document cache), and without @include/@skip the
 * paths below a field depend on nothing but the tree: they are worked out once per field of a document.
 * Callers only read the set.
 */
const pathsByField = new WeakMap<FieldNode, Set<string>>();

/** Whether an operation or its fragments use a directive, whose effect may depend on the variables. */
const directivesByOperation = new WeakMap<OperationDefinitionNode, boolean>();

function hasDirectives(operation: OperationDefinitionNode): boolean {
  let found = directivesByOperation.get(operation);
  if (found === undefined) {
    // The fragments live beside the operation in its document; any directive in the whole text counts.
    const text = operation.loc?.source.body;
    found = text == null || text.includes("@");
    directivesByOperation.set(operation, found);
  }
  return found;
}

/** A field's selection: its arguments, the paths selected below it, and its own children's selections. */
export interface Selection {
  args: Record<string, unknown>;
  paths: Set<string>;
  child(name: string): Selection[];
}

/** The selections of the child field `name` (one per alias), honouring fragments and @include/@skip. */
export function childSelections(info: GraphQLResolveInfo, name: string): Selection[] {
  return childrenOf(parseResolveInfo(info) as ResolveTree | null | undefined, name);
}

function childrenOf(tree: ResolveTree | null | undefined, name: string): Selection[] {
  if (!tree) return [];
  return Object.values(tree.fieldsByTypeName)
    .flatMap((fields) => Object.values(fields))
    .filter((child) => child.name === name)
    .map((child) => ({ args: child.args, paths: pathsOf(child), child: (grandchild: string) => childrenOf(child, grandchild) }));
}

function pathsOf(tree: ResolveTree | null | undefined): Set<string> {
  const paths = new Set<string>();
  const walk = (node: ResolveTree, prefix: string) => {
    for (const fields of Object.values(node.fieldsByTypeName)) {
      for (const child of Object.values(fields)) {
        const path = prefix ? `${prefix}.${child.name}` : child.name;
        paths.add(path);
        walk(child, path);
      }
    }
  };
  if (tree) walk(tree, "");
  return paths;
}
