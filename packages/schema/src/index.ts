import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, print, validate as validateDocument, type GraphQLError, type GraphQLSchema } from "graphql";

/** Path of the committed SDL file, emitted by the API (`pnpm schema:emit`). */
export const schemaPath = join(__dirname, "..", "schema.graphql");

/** Path of the API's input limits (emitted with the schema), which the web app's forms check before sending. */
export const limitsPath = join(__dirname, "..", "limits.json");

/** Path of the operations partner sites depend on: each must validate and return real data. */
export const partnerOperationsPath = join(__dirname, "..", "operations", "partner.graphql");

/** The published schema as SDL text. */
export const typeDefs: string = readFileSync(schemaPath, "utf8");

let built: GraphQLSchema | undefined;

/** The published schema, built once. */
export function getSchema(): GraphQLSchema {
  built ??= buildSchema(typeDefs);
  return built;
}

/** Validates a GraphQL document (one or more operations) against the published schema. */
export function validate(source: string): readonly GraphQLError[] {
  return validateDocument(getSchema(), parse(source));
}

/** Each operation of a document as its own source text, by name (fragments it uses included). */
export function splitOperations(source: string): Map<string, string> {
  const doc = parse(source);
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = new Map<string, string>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) continue;
    operations.set(def.name.value, [def, ...fragments].map((d) => print(d)).join("\n\n"));
  }
  return operations;
}

/** The partner contract's operations, by name. */
export function partnerOperations(): Map<string, string> {
  return splitOperations(readFileSync(partnerOperationsPath, "utf8"));
}
