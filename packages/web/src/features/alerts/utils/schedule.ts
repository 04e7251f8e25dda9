import type { AlertFrequency } from "../../../generated/graphql";

/** When a daily or weekly alert emails: an hour (0-23) and, weekly, a day (1 Monday ... 7 Sunday), in an IANA time zone. */
export interface AlertSchedule {
  timeZone: string;
  sendHour: number;
  sendWeekday: number;
}

/** The days of the week in the API's order: `WEEKDAYS[sendWeekday - 1]`. */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** The hours of the day an alert can send at. */
export const HOURS: readonly number[] = Array.from({ length: 24 }, (_, hour) => hour);

/** The time zone this browser keeps (what a new alert starts with); UTC when it won't say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** A new alert's schedule: 8:00 on Mondays, in the browser's time zone. */
export function defaultSchedule(): AlertSchedule {
  return { timeZone: browserTimeZone(), sendHour: 8, sendWeekday: 1 };
}

/** An hour as a time of day: 0 → "12:00 AM", 8 → "8:00 AM", 13 → "1:00 PM". */
export function formatHour(hour: number): string {
  return `${hour % 12 || 12}:00 ${hour < 12 ? "AM" : "PM"}`;
}

/** An IANA name as people read it: "America/New_York" → "America/New York". */
export function timeZoneLabel(timeZone: string): string {
  return timeZone.replace(/_/g, " ");
}

/** Every IANA time zone this browser knows, with `current` (which it may spell differently, e.g. Asia/Calcutta) and UTC, sorted. */
export function timeZoneNames(current: string): string[] {
  return [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC", current])].sort();
}

/**
 * When an alert emails, as words to follow "Emails" or "We'll send you new jobs": "as soon as they're
 * posted", "every day at 8:00 AM (Europe/Berlin)", "every Monday at 8:00 AM (Europe/Berlin)".
 */
export function describeSchedule({ frequency, ...schedule }: AlertSchedule & { frequency: AlertFrequency }): string {
  if (frequency === "INSTANT") return "as soon as they're posted";
  const day = frequency === "WEEKLY" ? `every ${WEEKDAYS[schedule.sendWeekday - 1] ?? WEEKDAYS[0]}` : "every day";
  return `${day} at ${formatHour(schedule.sendHour)} (${timeZoneLabel(schedule.timeZone)})`;
}
