import { JobIndex, type IndexedJob } from "./job-index";

const job = (id: number, categoryId: number, validThrough = Infinity): IndexedJob => ({
  id,
  validThrough,
  postedAt: id,
  categoryId,
  companyId: 1,
  seniority: "MID",
  employmentType: "FULL_TIME",
  remote: "REMOTE",
  salaryMinUsd: null,
  salaryMaxUsd: null,
  featuredUntil: 0,
  tags: [],
  locationIds: [],
});

test("countOpen counts the open jobs of the categories asked, as time passes and jobs come and go", () => {
  const index = new JobIndex();
  const put = (j: IndexedJob) => index.put(j, new Map([["engin", [1]]]));
  const now = 1_000_000;
  put(job(1, 7));
  put(job(2, 7, now + 10));
  put(job(3, 8));
  put(job(4, 9, now - 1)); // closed already
  expect(index.countOpen(null, now)).toBe(3);
  expect(index.countOpen([7], now)).toBe(2);
  expect(index.countOpen([7, 8, 7], now)).toBe(3);
  expect(index.countOpen([9], now)).toBe(0);
  expect(index.countOpen([], now)).toBe(0);
  // Job 2 closes: the tally is not served past its closing time.
  expect(index.countOpen([7], now + 10)).toBe(1);
  // A change to the index is counted at once: moved to another category, removed, added.
  put(job(1, 8));
  expect([index.countOpen([7], now + 10), index.countOpen([8], now + 10)]).toEqual([0, 2]);
  index.remove(3);
  expect(index.countOpen([8], now + 10)).toBe(1);
  put(job(5, 7));
  expect(index.countOpen(null, now + 10)).toBe(2);
  // Compaction renumbers slots and keeps the counts.
  index.compact(now + 10);
  expect([index.countOpen([7], now + 10), index.countOpen([8], now + 10)]).toEqual([1, 1]);
});
