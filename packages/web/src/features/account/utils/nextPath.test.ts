/// <reference types="jest" />
import { returnPathFrom, safeNextPath, withNext } from "./nextPath";

describe("?next= after signing in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/account")).toBe("/account");
    expect(safeNextPath("/jobs?q=llm&remote=remote")).toBe("/jobs?q=llm&remote=remote");
  });

  it("never leads to another site", () => {
    for (const value of ["https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "evil"]) {
      expect([value, safeNextPath(value)]).toEqual([value, "/"]);
    }
    expect(safeNextPath("/jobs\nSet-Cookie: x")).toBe("/");
  });

  it("never returns to an account form, and falls back when missing", () => {
    expect(safeNextPath("/sign-in?next=/account")).toBe("/");
    expect(safeNextPath("/account/reset-password?token=x", "/account")).toBe("/account");
    expect(safeNextPath(null, "/account")).toBe("/account");
    expect(safeNextPath("")).toBe("/");
  });

  it("builds the sign-in address from the page someone is on", () => {
    expect(withNext("/sign-in", returnPathFrom("/account"))).toBe("/sign-in?next=/account");
    expect(withNext("/sign-in", returnPathFrom("/jobs?q=a b"))).toBe("/sign-in?next=/jobs%3Fq%3Da%20b");
    expect(new URLSearchParams(withNext("/sign-in", "/jobs?q=a b").split("?")[1]).get("next")).toBe("/jobs?q=a b");
    expect(withNext("/sign-in", returnPathFrom("/"))).toBe("/sign-in");
    expect(withNext("/sign-in", returnPathFrom("/sign-up"))).toBe("/sign-in");
  });
});
