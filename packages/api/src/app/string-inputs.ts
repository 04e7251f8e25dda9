import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  typeFromAST,
  visit,
  TypeInfo,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type ValueNode,
} from "graphql";
import { BadUserInputError, type FieldError } from "../shared/errors/app-error";
import { operationDocument } from "../shared/graphql/operation-document";

/** The longest string any argument takes unless its input field declares more (`@Extensions({ maxLength })`). */
export const DEFAULT_MAX_STRING_LENGTH = 1_000;

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problem(text: string, maxLength: number): string | null {
  if (text.includes("\0")) return "must not contain a NUL character";
  if (UNPAIRED_SURROGATE.test(text)) return "is not valid Unicode text";
  if (text.length > maxLength) return `must be at most ${maxLength} characters`;
  return null;
}

/**
 * Checks every string an operation passes in, as a literal or in its variables, before anything
 * runs: no NUL (Postgres refuses it in text), no unpaired surrogate, and no longer than its field's
 * limit. A bad one is BAD_USER_INPUT naming the field (`filter.query`, `input.email`).
 */
export function stringInputsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  // Literals are part of the document: Apollo hands every request with the same text the same
  // parsed operation, so each operation's literals are checked once.
  const literalProblems = new WeakMap<OperationDefinitionNode, FieldError[]>();
  const literalsOf = (document: DocumentNode, operation: OperationDefinitionNode): FieldError[] => {
    let problems = literalProblems.get(operation);
    if (!problems) {
      const found: FieldError[] = [];
      // Literals in the operation (and the fragments it spreads), against the argument they are given to.
      const typeInfo = new TypeInfo(schema);
      visit(
        operationDocument(document, operation),
        visitWithTypeInfo(typeInfo, {
          Argument(node) {
            const arg = typeInfo.getArgument();
            if (arg) checkLiteral(node.value, arg.type, [node.name.value], DEFAULT_MAX_STRING_LENGTH, collect(found));
            return false;
          },
        }),
      );
      problems = found;
      literalProblems.set(operation, problems);
    }
    return problems;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const errors: FieldError[] = [];
          const check = collect(errors);
          // Variables, as sent, against their declared types.
          const variables = request.variables ?? {};
          for (const definition of operation.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
            if (type && name in variables) checkValue(variables[name], type, [name], DEFAULT_MAX_STRING_LENGTH, check);
          }
          errors.push(...literalsOf(document, operation));
          if (errors.length) throw new BadUserInputError(errors);
        },
      };
    },
  };
}

/** A Check that adds each problem found to `errors`. */
const collect =
  (errors: FieldError[]): Check =>
  (text, path, maxLength) => {
    const message = problem(text, maxLength);
    if (message) errors.push({ field: path.join("."), message });
  };

type Check = (text: string, path: string[], maxLength: number) => void;

const maxLengthOf = (extensions: Readonly<Record<string, unknown>> | null | undefined, fallback: number) =>
  typeof extensions?.maxLength === "number" ? extensions.maxLength : fallback;

function checkValue(value: unknown, type: GraphQLInputType, path: string[], maxLength: number, check: Check): void {
  if (typeof value === "string") return check(value, path, maxLength);
  const inner = getNullableType(type);
  if (Array.isArray(value)) {
    const itemType = isListType(inner) ? inner.ofType : inner;
    for (const item of value) checkValue(item, itemType, path, maxLength, check);
    return;
  }
  const named = getNamedType(inner);
  if (value && typeof value === "object" && isInputObjectType(named)) {
    const fields = named.getFields();
    for (const [key, fieldValue] of Object.entries(value)) {
      const field = fields[key];
      if (field) checkValue(fieldValue, field.type, [...path, key], maxLengthOf(field.extensions, DEFAULT_MAX_STRING_LENGTH), check);
    }
  }
}

function checkLiteral(node: ValueNode, type: GraphQLInputType, path: string[], maxLength: number, check: Check): void {
  const inner = getNullableType(type);
  if (node.kind === Kind.STRING) return check(node.value, path, maxLength);
  if (node.kind === Kind.LIST) {
    const itemType = isListType(inner) ? inner.ofType : inner;
    for (const item of node.values) checkLiteral(item, itemType, path, maxLength, check);
    return;
  }
  const named = getNamedType(inner);
  if (node.kind === Kind.OBJECT && isInputObjectType(named)) {
    const fields = named.getFields();
    for (const objectField of node.fields) {
      const field = fields[objectField.name.value];
      if (field)
        checkLiteral(
          objectField.value,
          field.type,
          [...path, objectField.name.value],
          maxLengthOf(field.extensions, DEFAULT_MAX_STRING_LENGTH),
          check,
        );
    }
  }
}
