import { registerEnumType } from "type-graphql";

/** The period a salary amount is paid for: money is an amount, a currency and a period. */
export enum SalaryPeriod {
  YEAR = "YEAR",
  MONTH = "MONTH",
  HOUR = "HOUR",
}

registerEnumType(SalaryPeriod, { name: "SalaryPeriod", description: "The period a salary amount is paid for." });
