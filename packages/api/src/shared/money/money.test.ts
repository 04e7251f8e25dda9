import { SalaryPeriod } from "./salary-period";
import { annualUsd, fromUsd, toUsd } from "./money";

test("annualises hourly and monthly pay and converts to US dollars", () => {
  expect(annualUsd(150_000, "USD", SalaryPeriod.YEAR)).toBe(150_000);
  expect(annualUsd(10_000, "USD", SalaryPeriod.MONTH)).toBe(120_000);
  expect(annualUsd(50, "USD", SalaryPeriod.HOUR)).toBe(104_000);
  expect(annualUsd(100_000, "EUR", SalaryPeriod.YEAR)).toBe(108_000);
  expect(annualUsd(60, "EUR", SalaryPeriod.HOUR)).toBe(134_784);
  expect(fromUsd(toUsd(80_000, "GBP"), "GBP")).toBe(80_000);
});
