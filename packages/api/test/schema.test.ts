import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { limitsPath, partnerOperations, partnerOperationsPath, schemaPath, validate } from "@hiredinai/schema";
import { buildSchema, printSortedSchema } from "../src/app/build-schema";
import { publishedLimitsJson } from "../src/app/published-limits";

test("the committed schema.graphql is exactly what the API serves (run `pnpm schema:emit` after a change)", async () => {
  const served = printSortedSchema(await buildSchema());
  expect(readFileSync(schemaPath, "utf8")).toBe(served);
});

test("the committed limits.json is exactly the limits the API's validators hold (run `pnpm schema:emit` after a change)", () => {
  expect(readFileSync(limitsPath, "utf8")).toBe(publishedLimitsJson());
});

test.each([...partnerOperations().keys()])("partner operation %s validates against the schema", (name) => {
  const errors = validate(partnerOperations().get(name)!);
  expect(errors.map((e) => e.message)).toEqual([]);
});

/** The product brief's copy of the contract, beside the checkout (as on developer machines and CI). */
const SHARED_CONTRACT = resolve(__dirname, "../../../../shared/contract/partner.graphql");

(existsSync(SHARED_CONTRACT) ? test : test.skip)("packages/schema carries the partner contract exactly as the brief states it", () => {
  expect(readFileSync(partnerOperationsPath, "utf8")).toBe(readFileSync(SHARED_CONTRACT, "utf8"));
});
