import limits from "@hiredinai/schema/limits.json";

/**
 * The limits the API's validators hold inputs to (packages/schema/limits.json, which the API writes
 * with its schema): a form checks them before sending and says them in its hints, so it can't
 * disagree with the API.
 */
export const API_LIMITS = limits;

/** The currencies the API takes for a salary, a salary filter or a plan's price. */
export const CURRENCIES: readonly string[] = API_LIMITS.currencies;
