import { Kind, visit, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from "graphql";

const documents = new WeakMap<OperationDefinitionNode, DocumentNode>();

/**
 * The document cut down to one operation and the fragments it spreads (transitively). A client may
 * send a whole document of operations (the partner contract says to) and name one; a per-request
 * walk (a cost estimate, a check of literals) need only visit what runs. Apollo hands every request
 * with the same text the same parsed document, so each operation is cut once.
 */
export function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  let cut = documents.get(operation);
  if (!cut) {
    const fragments = new Map<string, DefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const keep: DefinitionNode[] = [operation];
    const seen = new Set<string>();
    for (let i = 0; i < keep.length; i++) {
      visit(keep[i], {
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !seen.has(node.name.value)) {
            seen.add(node.name.value);
            keep.push(fragment);
          }
        },
      });
    }
    cut = keep.length === document.definitions.length ? document : { kind: Kind.DOCUMENT, definitions: keep };
    documents.set(operation, cut);
  }
  return cut;
}
