import { getNullableType, isListType, isObjectType } from "graphql";
import { buildSchema } from "../src/app/build-schema";

/**
 * Every list and every connection declares its cost (shared/graphql/cost.ts): a list field left at
 * the default cost of 1 would let nested lists multiply unseen, as relatedTerms once did.
 */
test("every list field and every connection declares what it costs", async () => {
  const schema = await buildSchema();
  const undeclared: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const returnsList = isListType(getNullableType(field.type));
      const paged = field.args.some((a) => a.name === "first");
      if ((returnsList || paged) && field.extensions.complexity == null) undeclared.push(`${type.name}.${field.name}`);
    }
  }
  expect(undeclared).toEqual([]);
});
