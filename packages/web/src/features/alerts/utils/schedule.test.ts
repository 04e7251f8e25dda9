/// <reference types="jest" />
import { browserTimeZone, defaultSchedule, describeSchedule, formatHour, timeZoneNames } from "./schedule";

describe("alert schedules", () => {
  it("writes hours as times of day", () => {
    expect([0, 8, 11, 12, 13, 23].map(formatHour)).toEqual(["12:00 AM", "8:00 AM", "11:00 AM", "12:00 PM", "1:00 PM", "11:00 PM"]);
  });

  it("says when each frequency sends", () => {
    const schedule = { timeZone: "America/New_York", sendHour: 18, sendWeekday: 5 };
    expect(describeSchedule({ frequency: "INSTANT", ...schedule })).toBe("as soon as they're posted");
    expect(describeSchedule({ frequency: "DAILY", ...schedule })).toBe("every day at 6:00 PM (America/New York)");
    expect(describeSchedule({ frequency: "WEEKLY", ...schedule })).toBe("every Friday at 6:00 PM (America/New York)");
    expect(describeSchedule({ frequency: "WEEKLY", timeZone: "UTC", sendHour: 8, sendWeekday: 7 })).toBe("every Sunday at 8:00 AM (UTC)");
  });

  it("starts a new alert at 8:00 on Mondays in the browser's time zone", () => {
    expect(defaultSchedule()).toEqual({ timeZone: browserTimeZone(), sendHour: 8, sendWeekday: 1 });
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it("lists every time zone once, sorted, with the alert's own and UTC", () => {
    const names = timeZoneNames("Asia/Calcutta");
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["Europe/Berlin", "America/New_York", "UTC", "Asia/Calcutta"]));
    expect(timeZoneNames("Europe/Berlin").filter((n) => n === "Europe/Berlin")).toHaveLength(1);
  });
});
