// One ESLint config for the workspace (flat config). `pnpm lint` runs it; the README's test command
// runs `pnpm lint`, so CI fails on an error. Formatting is Prettier's (`pnpm format`), not ESLint's.
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers of the README's folder tree, as boundaries elements. Each rule below is one sentence of
 * the README: who may import whom.
 */
const layers = [
  { type: "api-app", pattern: "packages/api/src/app" },
  { type: "api-config", pattern: "packages/api/src/config" },
  { type: "api-db", pattern: "packages/api/src/db" },
  { type: "api-scripts", pattern: "packages/api/src/scripts" },
  { type: "api-shared", pattern: "packages/api/src/shared" },
  { type: "api-feature", pattern: "packages/api/src/features/*", capture: ["feature"] },
  { type: "web-app", pattern: "packages/web/src/app" },
  { type: "web-routes", pattern: "packages/web/src/routes" },
  { type: "web-feature", pattern: "packages/web/src/features/*", capture: ["feature"] },
  { type: "web-shared", pattern: "packages/web/src/shared" },
  { type: "web-generated", pattern: "packages/web/src/generated" },
];

/** A boundaries policy: `from` may not import `to` (only its values, with kind "value"). */
function forbid(from, to, message, kind) {
  return {
    from: { element: { type: from } },
    disallow: { to: { element: { types: { anyOf: to } } }, ...(kind ? { dependency: { kind } } : {}) },
    message,
  };
}

/**
 * A feature imports another feature only through that feature's index.ts, the list of what it
 * offers on purpose; inside a feature, any file may import any other.
 */
function forbidPrivate(type) {
  return {
    from: { element: { type } },
    disallow: {
      to: { element: { type, captured: { feature: "!{{ from.captured.feature }}" }, internalPath: "!index.ts" } },
    },
    message: "import another feature through its index.ts (what it exports on purpose), not its internal files",
  };
}

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.data/**", "**/test-results/**", "packages/web/src/generated/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: {
        // Config files beside a package's tsconfig.json that it does not include (tsconfig.node.json checks them).
        projectService: { allowDefaultProject: ["packages/web/vite.config.ts", "packages/web/codegen.ts", "packages/web/build/*.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Named exports only: one name per thing, the same in every file that imports it.
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use a named export (default exports only where a framework requires one)." },
      ],
    },
  },
  {
    // Entry points whose framework asks for a default export.
    files: [
      "**/*.config.ts",
      "packages/web/codegen.ts",
      "packages/api/src/db/cli-data-source.ts",
      "packages/api/test/global-*.ts",
      "packages/web/src/routes/*.tsx",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["packages/web/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["packages/*/src/**/*.{ts,tsx}"],
    // Tests exercise the composed API (test/support starts it through app/).
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": layers,
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } },
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          policies: [
            forbid(
              "api-shared",
              ["api-feature", "api-app", "api-db"],
              "shared/ is below every feature: it imports no feature, app/ or db/",
            ),
            // A resolver names the Context type app/ composes, but never calls into app/.
            forbid("api-feature", ["api-app"], "a feature does not import app/ (app/ composes the features)", "value"),
            forbid("api-feature", ["api-scripts"], "a feature does not import the scripts"),
            forbidPrivate("api-feature"),
            forbid("api-config", ["api-app", "api-db", "api-feature", "api-shared"], "config/ stands alone"),
            forbid("web-shared", ["web-feature", "web-routes", "web-app"], "shared/ never imports features/, routes/ or app/"),
            forbid("web-feature", ["web-routes", "web-app"], "a feature does not import routes/ or app/"),
            forbidPrivate("web-feature"),
            forbid("web-routes", ["web-app"], "routes/ do not import app/: what both need lives in shared/ or a feature"),
          ],
        },
      ],
    },
  },
  prettier,
);
