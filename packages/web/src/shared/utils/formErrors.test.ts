/// <reference types="jest" />
import { formErrorMessage, formErrors, formFieldErrors } from "./formErrors";
import { errorCodes } from "./graphqlErrors";

/** An Apollo CombinedGraphQLErrors, as far as these helpers read it. */
const combined = (...errors: { message: string; extensions: Record<string, unknown> }[]) => ({ errors });

describe("a form's errors from the API", () => {
  it("puts each field's message beside its field, and the rest above the form", () => {
    const error = combined({
      message: "input.password: This password is too easy to guess.",
      extensions: {
        code: "BAD_USER_INPUT",
        fields: [
          { field: "input.password", message: "This password is too easy to guess. A few unrelated words work well." },
          { field: "input.role", message: "Admins are made by other admins." },
        ],
      },
    });
    expect(formErrors(error, ["email", "password"])).toEqual({
      byField: { password: "This password is too easy to guess. A few unrelated words work well." },
      formError: "Admins are made by other admins.",
    });
  });

  it("shows a wrong password beside the password, with nothing above", () => {
    const error = combined({
      message: "Email or password is incorrect.",
      extensions: { code: "UNAUTHENTICATED", fields: [{ field: "input.password", message: "Email or password is incorrect." }] },
    });
    expect(formErrors(error, ["email", "password"])).toEqual({
      byField: { password: "Email or password is incorrect." },
      formError: undefined,
    });
  });

  it("says a spent link's message (a field the form hasn't got) above the form, not the raw path", () => {
    const error = combined({
      message: "token: This link is invalid or has expired. Ask for a new one.",
      extensions: {
        code: "BAD_USER_INPUT",
        fields: [{ field: "token", message: "This link is invalid or has expired. Ask for a new one." }],
      },
    });
    expect(formErrors(error, ["password"]).formError).toBe("This link is invalid or has expired. Ask for a new one.");
    expect(formErrorMessage(error)).toBe("This link is invalid or has expired. Ask for a new one.");
  });

  it("strips nested prefixes and list indexes, as the alert form's paths need", () => {
    const error = combined({
      message: "x",
      extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.criteria.categories.0", message: "unknown category" }] },
    });
    expect(formFieldErrors(error, ["categories"], ["input.", "criteria."]).byField).toEqual({ categories: "unknown category" });
  });

  it("words a rate limit by how long to wait", () => {
    const limited = (retryAfter: number) =>
      combined({
        message: "Too many wrong passwords for this account; wait a minute and try again.",
        extensions: { code: "RATE_LIMITED", retryAfter },
      });
    expect(formErrors(limited(42), ["password"]).formError).toBe("Too many attempts — wait a minute and try again.");
    expect(formErrorMessage(limited(600))).toBe("Too many attempts — try again in 10 minutes.");
    expect(formErrorMessage(limited(3600 * 3))).toBe("Too many attempts — try again later.");
  });

  it("reads the errors in a ServerError's body (a 429 or 403 answered as plain JSON)", () => {
    const serverError = {
      statusCode: 429,
      bodyText: JSON.stringify({ errors: [{ message: "Slow down", extensions: { code: "RATE_LIMITED", retryAfter: 30 } }] }),
    };
    expect(errorCodes(serverError)).toEqual(["RATE_LIMITED"]);
    expect(formErrorMessage({ statusCode: 429, bodyText: "Too Many Requests" })).toBe("Too many attempts — wait a minute and try again.");
    const forbidden = {
      statusCode: 403,
      bodyText: JSON.stringify({ errors: [{ message: "Cross-site request refused.", extensions: { code: "FORBIDDEN" } }] }),
    };
    expect(formErrorMessage(forbidden)).toBe("Cross-site request refused.");
  });

  it("has nothing to say without an error, and a plain apology for a network failure", () => {
    expect(formErrors(undefined, ["email"])).toEqual({ byField: {} });
    expect(formErrorMessage(new TypeError("Failed to fetch"))).toBe("Something went wrong. Please try again.");
  });
});
