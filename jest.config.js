/**
 * One Jest run over every package, so CI gets one summary. Each project keeps its own config
 * (packages/<name>/jest.config.js).
 * @type {import('jest').Config}
 */
module.exports = {
  projects: ["<rootDir>/packages/api"],
  // Global options (not per project): integration tests start servers and databases.
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/tools/jest-summary-reporter.js"],
};
