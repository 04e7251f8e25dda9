import { fromGlobalId, toGlobalId } from "./global-id";

test("global IDs round-trip and are opaque", () => {
  const id = toGlobalId("Job", 42);
  expect(id).not.toContain("42");
  expect(fromGlobalId(id)).toEqual({ type: "Job", id: 42 });
});

test.each([
  "",
  "abc",
  Buffer.from("Job:").toString("base64url"),
  Buffer.from("Job:-1").toString("base64url"),
  Buffer.from("Nope:1").toString("base64url"),
  Buffer.from("Job:99999999999").toString("base64url"),
  Buffer.from("Job:1 OR 1=1").toString("base64url"),
])("anything else is not an ID: %j", (value) => {
  expect(fromGlobalId(value)).toBeNull();
});
