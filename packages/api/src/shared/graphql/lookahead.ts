import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

/**
 * Every field selected below the current one, as dotted paths (`totalCount`, `edges.node.company`),
 * through fragments and honouring @include/@skip, so a resolver can fetch in one go what its
 * children will ask for.
 */
export function selectedPaths(info: GraphQLResolveInfo): Set<string> {
  return pathsOf(parseResolveInfo(info) as ResolveTree | null | undefined);
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
