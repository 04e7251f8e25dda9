/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Absolute URL of the GraphQL endpoint; defaults to http://localhost:4000/graphql. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
