import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { limitsPath, schemaPath } from "@hiredinai/schema";
import { buildSchema, printSortedSchema } from "../app/build-schema";
import { publishedLimitsJson } from "../app/published-limits";

/** Writes the API's schema, sorted, to packages/schema/schema.graphql, and its input limits to limits.json. */
async function main(): Promise<void> {
  const sdl = printSortedSchema(await buildSchema());
  writeFileSync(schemaPath, sdl);
  writeFileSync(limitsPath, publishedLimitsJson());
  console.log(`wrote ${schemaPath} and ${limitsPath}`);
}

void main();
