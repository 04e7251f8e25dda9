import { validateSync, type ValidatorOptions } from "class-validator";
import { LRUCache } from "lru-cache";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";

/** type-graphql's own defaults for class-validator, which this replaces (build-schema.ts). */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/** A value longer than this (a posting's description in a mutation, say) is validated every time, not remembered. */
const MAX_REMEMBERED_LENGTH = 1_000;

/** Per argument class, the values that passed. Every constraint here is a pure function of the value. */
const passedByClass = new WeakMap<object, LRUCache<string, true>>();

function passed(type: object): LRUCache<string, true> {
  let cache = passedByClass.get(type);
  if (!cache) passedByClass.set(type, (cache = new LRUCache({ max: 1_000 })));
  return cache;
}

/**
 * Checks an argument's class-validator constraints (`@Min`, `@Length`, `@ValidateNested`...), synchronously:
 * - a scalar or null argument has none, so it costs nothing;
 * - an argument object is checked with `validateSync`, and a value that passed once passes at once after
 *   (`logoUrl(size)` is asked once per job on a page, with the same size).
 * A failure is type-graphql's ArgumentValidationError, which format-error.ts turns into BAD_USER_INPUT
 * naming each field. Synchronous, so a field whose arguments pass resolves without a promise (with the
 * patch to type-graphql in patches/); every constraint in this API is synchronous.
 */
export const validateArgs: ValidatorFn = (value: unknown, type) => {
  if (value === null || typeof value !== "object") return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== "object") continue;
    const key = JSON.stringify(item);
    const remembered = key.length <= MAX_REMEMBERED_LENGTH ? passed(type as object) : null;
    if (remembered?.has(key)) continue;
    const errors = validateSync(item as object, OPTIONS);
    if (errors.length > 0) throw new ArgumentValidationError(errors);
    remembered?.set(key, true);
  }
};
