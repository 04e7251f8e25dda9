import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { partnerOperations } from "@hiredinai/schema";

/** The web app's generated document map: every operation and fragment the SPA sends, as written. */
const SPA_DOCUMENTS = resolve(__dirname, "../../../web/src/generated/gql.ts");

/** Each SPA operation as a whole document: the operation and every fragment it spreads. */
export function spaOperations(): Map<string, string> {
  const source = readFileSync(SPA_DOCUMENTS, "utf8");
  const texts = new Set([...source.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): /gm)].map((m) => JSON.parse(m[1]) as string));
  const definitions = [...texts].flatMap((text) => parse(text).definitions);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return new Map(
    operations.map((operation) => {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(fragment.name.value)) {
              used.set(fragment.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(operation);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
      return [operation.name!.value, print(document)];
    }),
  );
}

/** Every operation a real client sends: the partner contract's and the SPA's, by name. */
export function clientOperations(): Map<string, string> {
  return new Map([...partnerOperations(), ...spaOperations()]);
}
