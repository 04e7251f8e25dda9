/**
 * Component and unit tests: `src/.../*.test.ts(x)`, in jsdom, compiled by swc.
 * Run from the root `jest.config.js` (every package in one run) or `pnpm --filter @hiredinai/web test`.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: "web",
  rootDir: __dirname,
  testEnvironment: "jsdom",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/jsdom-polyfills.cjs"],
  setupFilesAfterEnv: ["@testing-library/jest-dom"],
  moduleNameMapper: {
    "\\.(css|svg|png|jpe?g|webp|gif)$": "<rootDir>/test/file-stub.cjs",
    "^@hiredinai/schema$": "<rootDir>/../schema/src/index.ts",
  },
  transform: {
    "^.+\\.(ts|tsx)$": [
      "@swc/jest",
      {
        jsc: {
          target: "es2022",
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "commonjs" },
        sourceMaps: "inline",
      },
    ],
  },
};
