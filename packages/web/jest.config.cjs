/**
 * `pnpm --filter @hiredinai/web test`: this package's two Jest projects on their own.
 * The root jest.config.js lists the same two project files, so `pnpm test` runs them with the API's.
 * @type {import('jest').Config}
 */
module.exports = {
  projects: ["<rootDir>/jest.unit.config.cjs", "<rootDir>/jest.e2e.config.cjs"],
  testTimeout: 120000,
};
