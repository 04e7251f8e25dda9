import { GraphQLError } from "graphql";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "RATE_LIMITED"
  | "QUERY_TOO_COMPLEX";

/** A field name and what is wrong with it, as clients show it beside the form field. */
export interface FieldError {
  field: string;
  message: string;
}

/** An expected error: its message and code reach the client as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Bad input, naming every field at fault. */
export class BadUserInputError extends AppError {
  constructor(fieldErrors: FieldError[]) {
    const message = fieldErrors.map((e) => `${e.field}: ${e.message}`).join("; ");
    super("BAD_USER_INPUT", message, { fields: fieldErrors });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}
