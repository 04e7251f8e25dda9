import { getMetadataStorage as validationMetadata, ValidationTypes } from "class-validator";
import { getMetadataStorage } from "type-graphql";
import { buildSchema } from "../src/app/build-schema";

/**
 * class-validator checks an argument's nested input object only where the property says @ValidateNested():
 * without it, every constraint inside the input (an email's format, a message's length) is silently
 * skipped. This holds every argument class and input type of the schema to that rule.
 */
test("every argument or input field that holds an input type validates it (@ValidateNested)", async () => {
  await buildSchema();
  const storage = getMetadataStorage();
  const inputClasses = new Set<unknown>(storage.inputTypes.map((t) => t.target));
  const holders = new Set<unknown>([...storage.argumentTypes.map((t) => t.target), ...inputClasses]);
  const missing: string[] = [];
  for (const field of storage.fields) {
    if (!holders.has(field.target)) continue;
    const type = field.getType();
    if (!inputClasses.has(type)) continue;
    const nested = validationMetadata()
      .getTargetValidationMetadatas(field.target, "", true, false)
      .some((m) => m.propertyName === field.name && m.type === ValidationTypes.NESTED_VALIDATION);
    if (!nested) missing.push(`${(field.target as { name: string }).name}.${field.name}`);
  }
  expect(missing).toEqual([]);
});
