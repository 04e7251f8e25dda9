import { sql } from "./accounts";

/**
 * Every browser test comes from 127.0.0.1, so the suite as a whole would soon spend what one address
 * may do in an hour (20 sign-up emails, for one). Each test file starts with the budgets of a new
 * visitor; within a file, limits count as they do for anyone (e2e/accounts' throttling test relies on it).
 */
beforeAll(async () => {
  await sql(`DELETE FROM rate_limits`);
});
