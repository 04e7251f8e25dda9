/// <reference types="jest" />
import { passwordHint } from "./passwordHint";

describe("the password hint", () => {
  it("says nothing before anything is typed", () => {
    expect(passwordHint("")).toBeNull();
  });

  it("counts down to the minimum length", () => {
    expect(passwordHint("abc")).toEqual({ level: 0, label: "Too short", advice: "7 more characters to go." });
    expect(passwordHint("abcdefgh1")).toMatchObject({ level: 0, advice: "1 more character to go." });
  });

  it("refuses what a guesser tries first", () => {
    expect(passwordHint("jane.doe2024!", "jane.doe@example.com")).toMatchObject({ level: 0, label: "Too easy to guess" });
    expect(passwordHint("password123")).toMatchObject({ level: 1, label: "Too easy to guess" });
    expect(passwordHint("aaaaaaaaaaaa")).toMatchObject({ level: 1, label: "Too easy to guess" });
    expect(passwordHint("1234567890")).toMatchObject({ level: 1, label: "Too easy to guess" });
    expect(passwordHint("qwertyuiop12")).toMatchObject({ level: 1, label: "Too easy to guess" });
  });

  it("grows with length and variety", () => {
    expect(passwordHint("bluesoftlamp")?.level).toBe(1);
    expect(passwordHint("blue softlamp")?.level).toBe(2);
    expect(passwordHint("orbit-candle-marsh")?.level).toBe(3);
    expect(passwordHint("Tr4vel!Gl0be#")?.level).toBe(2);
  });
});
