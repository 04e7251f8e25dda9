/// <reference types="jest" />
import { chartMax, percentOf } from "./salaryChart";

describe("salary chart helpers", () => {
  it("scales bars to the widest p75", () => {
    const max = chartMax([
      { currency: "USD", period: "YEAR", sampleSize: 3, p25: 100, median: 150, p75: 200 },
      null,
      { currency: "USD", period: "YEAR", sampleSize: 0, p25: null, median: null, p75: null },
    ]);
    expect(max).toBe(200);
    expect(percentOf(150, max)).toBe(75);
    expect(percentOf(null, max)).toBe(0);
    expect(percentOf(500, max)).toBe(100);
    expect(chartMax([])).toBe(1);
  });
});
