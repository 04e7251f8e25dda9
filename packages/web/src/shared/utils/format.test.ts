/// <reference types="jest" />
import { formatMoney, formatPrice, formatRelativeTime, formatSalary, label, sitePath } from "./format";

describe("formatPrice", () => {
  it("reads minor units in the currency's own digits, cents only when there are some", () => {
    expect(formatPrice({ amount: 19900, currency: "USD" })).toBe("$199");
    expect(formatPrice({ amount: 34950, currency: "EUR" })).toBe("€349.50");
    expect(formatPrice({ amount: 5000, currency: "JPY" })).toBe("¥5,000");
    expect(formatPrice({ amount: 0, currency: "GBP" })).toBe("£0");
  });
});

describe("formatMoney", () => {
  it("shortens thousands and millions", () => {
    expect(formatMoney(150000, "USD")).toBe("$150k");
    expect(formatMoney(92500, "EUR")).toBe("€92.5k");
    expect(formatMoney(1250000, "USD")).toBe("$1.3M");
    expect(formatMoney(60, "GBP")).toBe("£60");
  });

  it("switches to millions when thousands round up to 1000k", () => {
    expect(formatMoney(999_960, "USD")).toBe("$1M");
  });

  it("shows an unknown currency code as is", () => {
    expect(formatMoney(1000, "X1")).toBe("X1 1k");
  });
});

describe("formatSalary", () => {
  it("formats a range with its period", () => {
    expect(formatSalary({ min: 131000, max: 185000, currency: "USD", period: "YEAR" })).toBe("$131k–$185k / year");
    expect(formatSalary({ min: 60, max: 80, currency: "EUR", period: "HOUR" })).toBe("€60–€80 / hour");
  });

  it("handles open-ended and equal ends", () => {
    expect(formatSalary({ min: 50000, max: null, currency: "GBP", period: "YEAR" })).toBe("From £50k / year");
    expect(formatSalary({ min: null, max: 9000, currency: "USD", period: "MONTH" })).toBe("Up to $9k / month");
    expect(formatSalary({ min: 100000, max: 100000, currency: "USD", period: "YEAR" })).toBe("$100k / year");
  });

  it("is null when no salary is stated", () => {
    expect(formatSalary(null)).toBeNull();
    expect(formatSalary({ min: null, max: null, currency: "USD", period: "YEAR" })).toBeNull();
  });
});

describe("labels and paths", () => {
  it("labels known and unknown enum values", () => {
    const labels = { ENTRY: "Entry level" };
    expect(label(labels, "ENTRY")).toBe("Entry level");
    expect(label(labels, "VERY_SENIOR")).toBe("Very senior");
  });

  it("turns the API's absolute URLs into in-app paths", () => {
    expect(sitePath("http://localhost:5180/jobs/city/london?x=1", "/x")).toBe("/jobs/city/london?x=1");
    expect(sitePath("not a url", "/fallback")).toBe("/fallback");
  });

  it("says how long ago", () => {
    const now = Date.parse("2026-11-28T12:00:00Z");
    expect(formatRelativeTime("2026-11-28T11:59:30Z", now)).toBe("just now");
    expect(formatRelativeTime("2026-11-27T12:00:00Z", now)).toBe("yesterday");
    expect(formatRelativeTime("2026-11-14T12:00:00Z", now)).toBe("2 weeks ago");
  });
});
