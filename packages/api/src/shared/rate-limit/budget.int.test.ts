import type { DataSource } from "typeorm";
import { openTestDataSource, resetDatabase } from "../../../test/support/database";
import { RateLimitedError } from "../errors/app-error";
import { RateLimitService, RATE_LIMIT_TABLE, WRITE_BEHIND_MIN_LIMIT, type Budget } from "./rate-limiter";

let ds: DataSource;
beforeAll(async () => {
  ds = await openTestDataSource();
});
afterAll(() => ds?.destroy());
beforeEach(() => resetDatabase(ds));

/** What Postgres holds for the budget's keys (one row per key in its window). */
const stored = async () =>
  (await ds.query(`SELECT points FROM ${RATE_LIMIT_TABLE} WHERE key LIKE 'test-budget%'`)).map((r: { points: number }) => r.points);
const budget = (): Budget => new RateLimitService(ds).budget("test-budget", 3600);

test("a large budget far from its limit is spent in memory and written in one statement per interval", async () => {
  const b = budget();
  const limit = WRITE_BEHIND_MIN_LIMIT * 2;
  const used: number[] = [];
  for (let i = 0; i < 50; i++) used.push((await b.spend("partner:1", 2, limit, "spent")).used);
  // Every answer counts what came before it.
  expect(used).toEqual(Array.from({ length: 50 }, (_, i) => 2 * (i + 1)));
  // The first was counted in Postgres; the rest wait for the interval's write.
  expect(await stored()).toEqual([2]);
  await b.flush();
  expect(await stored()).toEqual([100]);
  await b.stop();
});

test("a small budget, and a large one near its limit, are counted in Postgres on every request and refused exactly", async () => {
  const small = budget();
  for (let i = 0; i < 3; i++) await small.spend("ip:1", 1, 3, "spent");
  expect(await stored()).toEqual([3]);
  await expect(small.spend("ip:1", 1, 3, "spent")).rejects.toBeInstanceOf(RateLimitedError);
  await resetDatabase(ds);

  const b = budget();
  const limit = WRITE_BEHIND_MIN_LIMIT; // 10,000: counted exactly from 8,000 on
  await b.spend("partner:2", 7_900, limit, "spent"); // counted: the key's first request
  await b.spend("partner:2", 5, limit, "spent"); // in memory: 7,905
  expect(await stored()).toEqual([7_900]);
  // Past 80%: counted again, with what was waiting.
  const state = await b.spend("partner:2", 200, limit, "spent");
  expect(await stored()).toEqual([8_105]);
  expect(state.used).toBe(8_105);
  await expect(b.spend("partner:2", 2_000, limit, "spent")).rejects.toBeInstanceOf(RateLimitedError);
  // The refused points were not kept: what fits still runs.
  expect((await b.spend("partner:2", 10, limit, "spent")).used).toBe(8_115);
  await b.stop();
});

test("two processes spending one large budget agree once each has written its interval", async () => {
  const [a, b] = [budget(), budget()];
  const limit = WRITE_BEHIND_MIN_LIMIT * 10;
  for (let i = 0; i < 10; i++) {
    await a.spend("partner:3", 1, limit, "spent");
    await b.spend("partner:3", 1, limit, "spent");
  }
  await Promise.all([a.flush(), b.flush()]);
  expect(await stored()).toEqual([20]);
  // A process learns what the others spent at its next write (within an interval while it is busy).
  await a.spend("partner:3", 1, limit, "spent");
  await a.flush();
  expect((await a.spend("partner:3", 1, limit, "spent")).used).toBe(22);
  await Promise.all([a.stop(), b.stop()]);
  expect(await stored()).toEqual([22]);
});
