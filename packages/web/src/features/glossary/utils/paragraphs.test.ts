/// <reference types="jest" />
import { paragraphs } from "./paragraphs";

test("splits a text at blank lines and drops empty paragraphs", () => {
  expect(paragraphs("One.\n\n  Two,\nstill two.  \n \n\n")).toEqual(["One.", "Two,\nstill two."]);
  expect(paragraphs(null)).toEqual([]);
});
