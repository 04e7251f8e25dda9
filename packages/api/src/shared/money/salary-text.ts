/** Formatters by currency and decimals: building one costs far more than using it (a digest run formats thousands). */
const formats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string, decimals: number): Intl.NumberFormat {
  const key = `${currency}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: decimals });
    formats.set(key, format);
  }
  return format;
}

/** `$150k`, `€95.5k`, `$1.2M`: money as a short figure, the way the site writes it. */
function shortMoney(amount: number, currency: string): string {
  const oneDecimal = (n: number) => Math.round(n * 10) / 10;
  let [scaled, suffix] = [amount, ""];
  if (Math.abs(amount) >= 1_000) [scaled, suffix] = [oneDecimal(amount / 1_000), "k"];
  if (Math.abs(scaled) >= 1_000) [scaled, suffix] = [oneDecimal(amount / 1_000_000), "M"];
  return moneyFormat(currency, suffix ? 1 : 0).format(scaled) + suffix;
}

const PERIODS: Readonly<Record<string, string>> = { YEAR: "year", MONTH: "month", HOUR: "hour" };

/**
 * A job's pay for an email: `$150k–$200k / year`, `From €60k / year`, or null without one. The web
 * app writes the same (packages/web/src/shared/utils/format.ts `formatSalary`).
 */
export function formatSalaryRange(min: number | null, max: number | null, currency: string | null, period: string | null): string | null {
  if ((min == null && max == null) || !currency) return null;
  const per = ` / ${PERIODS[period ?? "YEAR"] ?? "year"}`;
  if (min != null && max != null) {
    const [low, high] = [shortMoney(min, currency), shortMoney(max, currency)];
    return (low === high ? low : `${low}–${high}`) + per;
  }
  return min != null ? `From ${shortMoney(min, currency)}${per}` : `Up to ${shortMoney(max!, currency)}${per}`;
}

/** A price in the currency's minor units, in full: 19900 USD → "$199", 34950 EUR → "€349.50" (the web app's formatPrice says the same). */
export function formatPrice(amount: number, currency: string): string {
  const digits = new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const value = amount / 10 ** digits;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: Number.isInteger(value) ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(value);
}
