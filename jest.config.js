/**
 * One Jest run over every package, so CI gets one summary. Each project keeps its own config:
 * packages/api/jest.config.js; the web app has two, its component tests (jsdom) and its browser
 * tests (headless Chromium against the built SPA and the real API).
 * @type {import('jest').Config}
 */
module.exports = {
  projects: ["<rootDir>/packages/api", "<rootDir>/packages/web/jest.unit.config.cjs", "<rootDir>/packages/web/jest.e2e.config.cjs"],
  // Global options (not per project): integration tests start servers and databases.
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/tools/jest-summary-reporter.js"],
};
