import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { schemaPath } from "@hiredinai/schema";
import { buildSchema, printSortedSchema } from "../app/build-schema";

/** Writes the API's schema, sorted, to packages/schema/schema.graphql. */
async function main(): Promise<void> {
  const sdl = printSortedSchema(await buildSchema());
  writeFileSync(schemaPath, sdl);
  console.log(`wrote ${schemaPath}`);
}

void main();
