import { Writable } from "node:stream";
import { createLogger, LogThrottle } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(
        ...chunk
          .toString()
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as Record<string, unknown>),
      );
      done();
    },
  });
  return { lines, log: createLogger("info", stream) };
}

test("a throttle lets a few lines of a kind through per window, then says how many it held back", async () => {
  const { lines, log } = capture();
  let now = 0;
  const throttle = new LogThrottle(log, 3, 1_000, () => now);
  const allowed = Array.from({ length: 10 }, () => throttle.allow("outage"));
  expect(allowed.filter(Boolean)).toHaveLength(3);
  expect(throttle.allow("other")).toBe(true); // kinds are counted apart
  now = 1_000;
  expect(throttle.allow("outage")).toBe(true);
  await new Promise((r) => setImmediate(r));
  expect(lines).toEqual([expect.objectContaining({ level: 40, kind: "outage", suppressed: 7, msg: "log lines suppressed" })]);
});
