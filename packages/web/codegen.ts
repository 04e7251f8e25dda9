import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for every operation in src/, from the published schema.
 * Run `pnpm codegen` after changing an operation; the output in src/generated/ is committed,
 * so `build` and `typecheck` never need to run it.
 */
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/generated/**", "!src/**/*.test.{ts,tsx}"],
  ignoreNoDocuments: false,
  generates: {
    "src/generated/": {
      preset: "client",
      // Fragment masking: a component sees only the fields of its own fragment, read with
      // getFragmentData (a plain function, not a hook: it may run in loops and conditions).
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: {
        useTypeImports: true,
        scalars: { DateTime: "string" },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
