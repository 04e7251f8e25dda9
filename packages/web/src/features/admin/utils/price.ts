import { formatPrice, minorUnitDigits } from "../../../shared/utils/format";
import { API_LIMITS } from "../../../shared/utils/apiLimits";

/** The largest price the API takes, in minor units. */
export const MAX_PRICE_AMOUNT = API_LIMITS.plan.price;

/**
 * A price in minor units as an admin types it in major units: 34900 USD → "349.00", 1999 → "19.99",
 * 5000 JPY → "5000" (the yen has no minor units). Integer arithmetic: no float ever rounds it.
 */
export function toMajorUnits(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amount < 0 ? "-" : "";
  const text = String(Math.abs(Math.trunc(amount))).padStart(digits + 1, "0");
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * A price typed in major units ("349.00", "1,299", "19.99") as the API's integer minor units, read as
 * text so 19.99 is 1999 and never 1998.9999…; or why it can't be one, in the API's words where it has them.
 * Zeros past the currency's digits are fine ("5000.00" JPY is 5000); other digits there are not.
 */
export function toMinorUnits(text: string, currency: string): { amount: number } | { problem: string } {
  const digits = minorUnitDigits(currency);
  const typed = text.trim().replace(/[\s,]/g, "");
  if (!typed) return { problem: "A plan needs a price." };
  if (/^-\d*\.?\d*$/.test(typed) && /\d/.test(typed)) return { problem: "A price can't be negative." };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(typed);
  if (!match || !/\d/.test(typed)) return { problem: "Enter the price as a number, e.g. 349.00." };
  const whole = match[1] ?? "";
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > digits) {
    return {
      problem:
        digits === 0 ? `${currency} has no minor units: enter a whole amount, e.g. 5000.` : `Use at most ${digits} decimals, e.g. 349.99.`,
    };
  }
  // More digits than any allowed price: refused before Number() could round them.
  if (whole.replace(/^0+/, "").length > String(MAX_PRICE_AMOUNT).length) return { problem: tooMuch(currency) };
  const amount = Number(whole || "0") * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  if (amount > MAX_PRICE_AMOUNT) return { problem: tooMuch(currency) };
  return { amount };
}

function tooMuch(currency: string): string {
  return `At most ${formatPrice({ amount: MAX_PRICE_AMOUNT, currency })}.`;
}
