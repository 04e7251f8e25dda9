/**
 * Browser tests: `e2e/.../*.e2e.test.ts` drive the built SPA (vite preview) against the real API
 * (embedded Postgres, migrated and seeded) in headless Chromium. e2e/global-setup.cjs builds and
 * starts everything once per run; e2e/global-teardown.cjs stops it.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: "web-e2e",
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/e2e/global-setup.cjs",
  globalTeardown: "<rootDir>/e2e/global-teardown.cjs",
  // testTimeout is a global option: the root config and jest.config.cjs set it; this covers any other caller.
  setupFilesAfterEnv: ["<rootDir>/e2e/support/timeout.ts", "<rootDir>/e2e/support/fresh-limits.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: { target: "es2022", parser: { syntax: "typescript" } },
        module: { type: "commonjs" },
        sourceMaps: "inline",
      },
    ],
  },
};
