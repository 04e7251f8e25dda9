/// <reference types="jest" />
import { act, renderHook } from "@testing-library/react";
import { useFormErrors } from "./useFormErrors";

const FIELDS = ["email", "password"] as const;

/** The API's answer refusing the password. */
const tooEasy = {
  errors: [
    {
      message: "input.password: This password is too easy to guess.",
      extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.password", message: "This password is too easy to guess." }] },
    },
  ],
};

describe("a form's errors", () => {
  it("shows the API's message beside its field until the field is edited", () => {
    const { result, rerender } = renderHook(({ error }) => useFormErrors(error, FIELDS), { initialProps: { error: tooEasy } });
    expect(result.current.errors).toEqual({ password: "This password is too easy to guess." });
    act(() => result.current.onEdit("email"));
    expect(result.current.errors).toEqual({ password: "This password is too easy to guess." });
    act(() => result.current.onEdit("password"));
    expect(result.current.errors).toEqual({});

    // A submission the form's own check stops doesn't bring the stale message back.
    act(() => void result.current.check({ email: "Enter your email address.", password: undefined }));
    expect(result.current.errors).toEqual({ email: "Enter your email address." });

    // One that goes out does: the API's next answer is about what was sent.
    act(() => void result.current.check({ email: undefined, password: undefined }));
    rerender({ error: tooEasy });
    expect(result.current.errors).toEqual({ password: "This password is too easy to guess." });
  });

  it("says whether to send, and clears its own message when the field changes", () => {
    const { result } = renderHook(() => useFormErrors(undefined, FIELDS));
    let ok = true;
    act(() => void (ok = result.current.check({ email: "Enter your email address." })));
    expect(ok).toBe(false);
    expect(result.current.errors).toEqual({ email: "Enter your email address." });
    act(() => result.current.onEdit("email"));
    expect(result.current.errors).toEqual({});
    act(() => void (ok = result.current.check({ email: undefined })));
    expect(ok).toBe(true);
  });
});
