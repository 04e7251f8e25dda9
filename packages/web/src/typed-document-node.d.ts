// The generated documents import their types from "@graphql-typed-document-node/core", a dependency of
// @apollo/client that this package does not list (and may not add). These are its declarations (v3.2),
// unchanged; being ambient, they also serve @apollo/client's own imports, so both agree.
declare module "@graphql-typed-document-node/core" {
  import type { DocumentNode } from "graphql";
  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult;
  }
  export interface TypedDocumentNode<TResult = { [key: string]: any }, TVariables = { [key: string]: any }> extends DocumentNode, DocumentTypeDecoration<TResult, TVariables> {}
  export type ResultOf<T> = T extends DocumentTypeDecoration<infer ResultType, infer _VariablesType> ? ResultType : never;
  export type VariablesOf<T> = T extends DocumentTypeDecoration<infer _ResultType, infer VariablesType> ? VariablesType : never;
}
