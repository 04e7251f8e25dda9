/** Jobs one browser keeps count of at most per day and kind; past that, the oldest are forgotten (and may count again). */
export const COUNTED_TODAY_LIMIT = 100;

/** Today's date in UTC as the cookie writes it: `2026-12-02`. */
export function utcDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Which jobs a browser has already been counted for today (a view, or an apply click), kept in a
 * cookie of its own so that no row per visitor is stored: `<day>.<job id>.<job id>…`. A cookie from
 * another day, or one that isn't ours, counts as empty.
 */
export function parseCountedToday(value: string | undefined, today = utcDay()): number[] {
  if (!value) return [];
  const [day, ...ids] = value.split(".");
  if (day !== today) return [];
  return ids.filter((id) => /^[1-9]\d{0,9}$/.test(id)).map(Number);
}

/** The cookie's value with `jobId` added (the newest last, at most COUNTED_TODAY_LIMIT). */
export function withCounted(ids: readonly number[], jobId: number, today = utcDay()): string {
  const kept = [...ids.filter((id) => id !== jobId), jobId].slice(-COUNTED_TODAY_LIMIT);
  return [today, ...kept].join(".");
}
