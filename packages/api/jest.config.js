/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  moduleNameMapper: { "^@hiredinai/schema$": "<rootDir>/../schema/src/index.ts" },
  // graphile-worker ships ES modules only: Jest compiles them to CommonJS like our own files.
  transformIgnorePatterns: ["/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?graphile-worker/)"],
  transform: {
    "^.+\\.[tj]sx?$": [
      "@swc/jest",
      {
        jsc: {
          target: "es2022",
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: "automatic" } },
          keepClassNames: true,
        },
        module: { type: "commonjs", ignoreDynamic: true },
        sourceMaps: "inline",
      },
    ],
  },
};
