import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, parse, validate as validateDocument, type GraphQLError, type GraphQLSchema } from "graphql";

/** Path of the committed SDL file, emitted by the API (`pnpm schema:emit`). */
export const schemaPath = join(__dirname, "..", "schema.graphql");

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
