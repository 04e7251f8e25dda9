import { COUNTED_TODAY_LIMIT, parseCountedToday, utcDay, withCounted } from "./counted-today";

const today = "2026-12-02";

test("a job counted today is remembered for today only", () => {
  const value = withCounted([], 42, today);
  expect(parseCountedToday(value, today)).toEqual([42]);
  expect(parseCountedToday(value, "2026-12-03")).toEqual([]);
});

test("ids are kept once each, newest last, and at most the limit", () => {
  let ids: number[] = [];
  for (let id = 1; id <= COUNTED_TODAY_LIMIT + 5; id++) ids = parseCountedToday(withCounted(ids, id, today), today);
  expect(ids).toHaveLength(COUNTED_TODAY_LIMIT);
  expect(ids[0]).toBe(6);
  expect(parseCountedToday(withCounted(ids, 6, today), today).at(-1)).toBe(6);
});

test("a value that isn't ours counts as nothing counted", () => {
  for (const junk of [undefined, "", "garbage", `${today}.0.-1.abc.99999999999`, `${today}.1e3`]) {
    expect(parseCountedToday(junk, today)).toEqual([]);
  }
  expect(utcDay(new Date("2026-12-02T23:59:59Z"))).toBe("2026-12-02");
});
