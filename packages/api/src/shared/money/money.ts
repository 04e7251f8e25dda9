import { SalaryPeriod } from "./salary-period";

/**
 * US dollars per unit of each supported currency. Salaries are annualised and stored in USD
 * when a job is written, so filters and sorts compare like with like.
 */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CAD: 0.73,
  AUD: 0.66,
  CHF: 1.13,
  SGD: 0.74,
  INR: 0.012,
  JPY: 0.0067,
  SEK: 0.095,
  PLN: 0.25,
  ILS: 0.27,
};

/** Paid periods in one year (40 h x 52 weeks for hourly pay). */
export const PERIODS_PER_YEAR: Readonly<Record<SalaryPeriod, number>> = {
  [SalaryPeriod.YEAR]: 1,
  [SalaryPeriod.MONTH]: 12,
  [SalaryPeriod.HOUR]: 2080,
};

export function isSupportedCurrency(code: string): boolean {
  return Object.hasOwn(USD_PER_UNIT, code);
}

/** An amount paid per `period` in `currency`, as whole US dollars per year. */
export function annualUsd(amount: number, currency: string, period: SalaryPeriod): number {
  return Math.round(amount * PERIODS_PER_YEAR[period] * USD_PER_UNIT[currency]);
}

/** A yearly amount in `currency` as whole US dollars. */
export function toUsd(amount: number, currency: string): number {
  return Math.round(amount * USD_PER_UNIT[currency]);
}

/** Whole US dollars as a whole amount of `currency`. */
export function fromUsd(usd: number, currency: string): number {
  return Math.round(usd / USD_PER_UNIT[currency]);
}
