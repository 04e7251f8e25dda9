/// <reference types="jest" />
import { fieldErrors } from "../../../shared/utils/graphqlErrors";
import { alertFieldErrors, alertFormErrors } from "./alertFieldErrors";

const badInput = (fields: { field: string; message: string }[]) => ({
  errors: [{ message: `${fields[0].field}: ${fields[0].message}`, extensions: { code: "BAD_USER_INPUT", fields } }],
});

describe("alert field errors", () => {
  it("maps the API's extensions.fields paths onto the form's fields", () => {
    const error = badInput([
      { field: "input.email", message: "must be a valid email address" },
      { field: "input.criteria.salaryMin", message: "must not be negative" },
      { field: "input.criteria.categories.0", message: "unknown category" },
      { field: "input.timeZone", message: "is not a time zone we know" },
      { field: "input.somethingElse", message: "odd" },
    ]);
    expect(alertFieldErrors(fieldErrors(error))).toEqual({
      byField: {
        email: "must be a valid email address",
        salaryMin: "must not be negative",
        categories: "unknown category",
        timeZone: "is not a time zone we know",
      },
      other: ["odd"],
    });
  });

  it("is empty for an error without fields", () => {
    expect(fieldErrors(new Error("network"))).toEqual({});
  });
});

describe("alert form errors", () => {
  it("puts a message for no field of the form above it", () => {
    const error = badInput([{ field: "input.criteria", message: "You already have an alert for this search." }]);
    expect(alertFormErrors(error)).toEqual({ byField: {}, formError: "You already have an alert for this search." });
  });

  it("shows field messages beside their fields, with nothing above them", () => {
    const error = badInput([{ field: "input.sendHour", message: "must not be greater than 23" }]);
    expect(alertFormErrors(error)).toEqual({ byField: { sendHour: "must not be greater than 23" }, formError: undefined });
  });

  it("says what went wrong in the product's words when no field is at fault", () => {
    const limited = { errors: [{ message: "Too many", extensions: { code: "RATE_LIMITED", retryAfter: 1800 } }] };
    expect(alertFormErrors(limited)).toEqual({ byField: {}, formError: "Too many attempts — try again in 30 minutes." });
    expect(alertFormErrors(undefined)).toEqual({ byField: {} });
  });
});
