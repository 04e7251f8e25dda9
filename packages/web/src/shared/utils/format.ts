/** Display helpers shared by the routes. Everything is English (en-US) for now. */

export interface Salary {
  /** Whole units of `currency` per `period`. */
  min: number | null;
  max: number | null;
  currency: string;
  period: string;
}

const PERIOD_LABELS: Readonly<Record<string, string>> = { YEAR: "year", MONTH: "month", HOUR: "hour" };

/** A readable label for an enum value; one with no entry in `labels` reads e.g. `FULL_TIME` → "Full time". */
export function label(labels: Readonly<Record<string, string>>, value: string): string {
  if (Object.hasOwn(labels, value)) return labels[value];
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The in-app path of an absolute site URL from the API, or `fallback` if it is not a URL. */
export function sitePath(url: string, fallback: string): string {
  try {
    const { pathname, search, hash } = new URL(url);
    return `${pathname}${search}${hash}`;
  } catch {
    return fallback;
  }
}

/** An amount in whole currency units, shortened: 150000 USD → "$150k", 60 EUR → "€60", 1250000 → "$1.3M". */
export function formatMoney(amount: number, currency: string): string {
  const oneDecimal = (n: number) => Math.round(n * 10) / 10;
  let scaled = amount;
  let suffix = "";
  if (Math.abs(amount) >= 1_000) [scaled, suffix] = [oneDecimal(amount / 1_000), "k"];
  if (Math.abs(scaled) >= 1_000) [scaled, suffix] = [oneDecimal(amount / 1_000_000), "M"];
  try {
    const format = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: suffix ? 1 : 0,
    });
    return format.format(scaled) + suffix;
  } catch {
    // Not an ISO 4217 code Intl knows: show the code itself.
    return `${currency} ${scaled}${suffix}`;
  }
}

/**
 * How many digits of minor units the currency has, as Intl (and the API's formatPrice) count them:
 * 2 for USD and EUR (cents), 0 for JPY (a price of 5000 JPY is ¥5,000); 2 for a code Intl doesn't know.
 */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** A price in the currency's minor units, in full: 19900 USD → "$199", 34950 EUR → "€349.50", 5000 JPY → "¥5,000". */
export function formatPrice(price: { amount: number; currency: string }): string {
  try {
    const digits = minorUnitDigits(price.currency);
    const value = price.amount / 10 ** digits;
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: price.currency,
      minimumFractionDigits: Number.isInteger(value) ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${price.currency} ${(price.amount / 100).toFixed(2)}`;
  }
}

/** A salary range, e.g. "$150k–$210k / year", "€60–€80 / hour", "From £50k / year"; null when unknown. */
export function formatSalary(salary: Salary | null | undefined): string | null {
  if (!salary || (salary.min == null && salary.max == null)) return null;
  const { min, max, currency } = salary;
  const period = ` / ${label(PERIOD_LABELS, salary.period).toLowerCase()}`;
  if (min != null && max != null) {
    const low = formatMoney(min, currency);
    const high = formatMoney(max, currency);
    return (low === high ? low : `${low}–${high}`) + period;
  }
  if (min != null) return `From ${formatMoney(min, currency)}${period}`;
  return `Up to ${formatMoney(max as number, currency)}${period}`;
}

const relativeTime = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

const DAY = 24 * 3600;
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  // unit, its length in seconds, shown from this many seconds ago
  ["year", 365 * DAY, 365 * DAY],
  ["month", 30 * DAY, 30 * DAY],
  ["week", 7 * DAY, 14 * DAY], // "13 days ago", then "2 weeks ago"
  ["day", DAY, DAY],
  ["hour", 3600, 3600],
  ["minute", 60, 60],
];

/** How long ago an ISO 8601 time was: "just now", "5 minutes ago", "yesterday", "3 days ago", "2 months ago". */
export function formatRelativeTime(iso: string, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "";
  const seconds = Math.round((now - time) / 1000);
  for (const [unit, size, from] of UNITS) {
    if (seconds >= from) return relativeTime.format(-Math.floor(seconds / size), unit);
  }
  return "just now";
}

/** A whole number with thousands separators: 1234 → "1,234". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** A calendar date, e.g. "28 Nov 2026", in the browser's time zone or `timeZone` (invoices: UTC, as their PDF); empty for an invalid time. */
export function formatDate(iso: string, { timeZone }: { timeZone?: string } = {}): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "";
  return new Date(time).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone });
}

/** "1 job", "2 jobs". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
