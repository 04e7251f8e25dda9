/// <reference types="jest" />
import { fieldErrors } from "../../../shared/utils/graphqlErrors";
import { alertFieldErrors } from "./alertFieldErrors";

describe("alert field errors", () => {
  it("maps the API's extensions.fields paths onto the form's fields", () => {
    const error = {
      errors: [
        {
          message: "input.email: must be a valid email address",
          extensions: {
            code: "BAD_USER_INPUT",
            fields: [
              { field: "input.email", message: "must be a valid email address" },
              { field: "input.criteria.salaryMin", message: "must not be negative" },
              { field: "input.criteria.categories.0", message: "unknown category" },
              { field: "input.somethingElse", message: "odd" },
            ],
          },
        },
      ],
    };
    expect(alertFieldErrors(fieldErrors(error))).toEqual({
      byField: { email: "must be a valid email address", salaryMin: "must not be negative", categories: "unknown category" },
      other: ["odd"],
    });
  });

  it("is empty for an error without fields", () => {
    expect(fieldErrors(new Error("network"))).toEqual({});
  });
});
