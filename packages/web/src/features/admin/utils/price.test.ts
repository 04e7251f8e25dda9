/// <reference types="jest" />
import { formatPrice } from "../../../shared/utils/format";
import { toMajorUnits, toMinorUnits } from "./price";

describe("toMinorUnits", () => {
  it("reads major units as integer minor units without float rounding", () => {
    expect(toMinorUnits("349.00", "USD")).toEqual({ amount: 34900 });
    expect(toMinorUnits("19.99", "USD")).toEqual({ amount: 1999 });
    expect(toMinorUnits("0.29", "EUR")).toEqual({ amount: 29 });
    expect(toMinorUnits("1.005", "USD")).toEqual({ problem: "Use at most 2 decimals, e.g. 349.99." });
    expect(toMinorUnits("4.35", "GBP")).toEqual({ amount: 435 }); // 4.35 * 100 is 434.99999999999994 in floats
    expect(toMinorUnits("349", "USD")).toEqual({ amount: 34900 });
    expect(toMinorUnits("349.5", "USD")).toEqual({ amount: 34950 });
    expect(toMinorUnits(".5", "USD")).toEqual({ amount: 50 });
    expect(toMinorUnits(" 1,299.00 ", "USD")).toEqual({ amount: 129900 });
    expect(toMinorUnits("0", "USD")).toEqual({ amount: 0 });
  });

  it("takes the yen as it is: it has no minor units", () => {
    expect(toMinorUnits("5000", "JPY")).toEqual({ amount: 5000 });
    expect(toMinorUnits("5000.00", "JPY")).toEqual({ amount: 5000 });
    expect(toMinorUnits("5000.50", "JPY")).toEqual({ problem: "JPY has no minor units: enter a whole amount, e.g. 5000." });
  });

  it("says what is wrong with anything else, in the API's words where it has them", () => {
    expect(toMinorUnits("", "USD")).toEqual({ problem: "A plan needs a price." });
    expect(toMinorUnits("-5", "USD")).toEqual({ problem: "A price can't be negative." });
    expect(toMinorUnits("abc", "USD")).toEqual({ problem: "Enter the price as a number, e.g. 349.00." });
    expect(toMinorUnits("1.2.3", "USD")).toEqual({ problem: "Enter the price as a number, e.g. 349.00." });
    expect(toMinorUnits(".", "USD")).toEqual({ problem: "Enter the price as a number, e.g. 349.00." });
    expect(toMinorUnits("1e3", "USD")).toEqual({ problem: "Enter the price as a number, e.g. 349.00." });
    expect(toMinorUnits("1000000.00", "USD")).toEqual({ amount: 100_000_000 });
    expect(toMinorUnits("1000000.01", "USD")).toEqual({ problem: "At most $1,000,000." });
    expect(toMinorUnits("100000001", "JPY")).toEqual({ problem: "At most ¥100,000,000." });
    expect(toMinorUnits("99999999999999999999", "USD")).toEqual({ problem: "At most $1,000,000." });
  });
});

describe("toMajorUnits", () => {
  it("writes minor units the way the form takes them back", () => {
    expect(toMajorUnits(34900, "USD")).toBe("349.00");
    expect(toMajorUnits(1999, "USD")).toBe("19.99");
    expect(toMajorUnits(5, "EUR")).toBe("0.05");
    expect(toMajorUnits(0, "USD")).toBe("0.00");
    expect(toMajorUnits(5000, "JPY")).toBe("5000");
  });

  it("round-trips every cent, and agrees with formatPrice", () => {
    const differ: number[] = [];
    for (let amount = 0; amount <= 100_000; amount += 1) {
      const back = toMinorUnits(toMajorUnits(amount, "USD"), "USD");
      if (!("amount" in back) || back.amount !== amount) differ.push(amount);
    }
    expect(differ).toEqual([]);
    expect(formatPrice({ amount: 1999, currency: "USD" })).toBe(`$${toMajorUnits(1999, "USD")}`);
    expect(formatPrice({ amount: 5000, currency: "JPY" })).toBe("¥5,000");
  });
});
