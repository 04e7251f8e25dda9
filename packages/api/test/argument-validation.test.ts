import { getMetadataStorage as validationMetadata, ValidationTypes } from "class-validator";
import { getMetadataStorage } from "type-graphql";
import { isInputObjectType } from "graphql";
import { buildSchema } from "../src/app/build-schema";
import { DEFAULT_MAX_STRING_LENGTH } from "../src/app/string-inputs";

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

/**
 * The string-inputs plugin refuses any string longer than DEFAULT_MAX_STRING_LENGTH before validation runs,
 * unless its input field says more (`@Extensions({ maxLength })`). A field whose validator takes more must say so,
 * or the API refuses what its own schema description and limits.json promise (the contact form's 5,000 characters
 * were refused past 1,000).
 */
test("every input field a validator lets past the default string length says its own maxLength", async () => {
  const schema = await buildSchema();
  const missing: string[] = [];
  const storage = validationMetadata() as unknown as { validationMetadatas: Map<unknown, ValidationMetadataLike[]> };
  for (const m of [...storage.validationMetadatas.values()].flat()) {
    const max = m.name === "maxLength" ? Number(m.constraints[0]) : m.name === "isLength" ? Number(m.constraints[1]) : 0;
    if (!(max > DEFAULT_MAX_STRING_LENGTH)) continue;
    const type = schema.getType(m.target.name);
    if (!isInputObjectType(type)) continue;
    const declared = type.getFields()[m.propertyName]?.extensions?.maxLength;
    if (declared !== max) missing.push(`${m.target.name}.${m.propertyName}: validator ${max}, maxLength ${String(declared)}`);
  }
  expect(missing).toEqual([]);
});

interface ValidationMetadataLike {
  name?: string;
  constraints: unknown[];
  target: { name: string };
  propertyName: string;
}
