import { isKnownPath } from "./paths";

test.each([
  ["/", true],
  ["/jobs", true],
  ["/jobs/", true],
  ["/jobs/senior-ml-engineer-acme", true],
  ["/jobs/category/mlops", true],
  ["/glossary/transformer", true],
  ["/employer/invoices/HAI-2026-0001", true],
  ["/account/verify-email", true],
  ["/no-such-page", false],
  ["/jobs/a/b", false],
  ["/glossary/transformer/extra", false],
  ["/employer/invoices/", false],
  ["/admin", false],
  ["/JOBS", false],
])("%s is a page of the app: %s", (path, known) => {
  expect(isKnownPath(path)).toBe(known);
});
