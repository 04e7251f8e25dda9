import { useId } from "react";
import { CURRENCIES } from "../../../shared/utils/apiLimits";

export function CurrencySelect({ value, onChange }: { value: string; onChange: (currency: string) => void }) {
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>Show figures in</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {[...new Set([...CURRENCIES, value])].map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </div>
  );
}

/** The currency in the URL (?currency=EUR), USD by default. */
export function currencyFrom(params: URLSearchParams): string {
  const c = (params.get("currency") ?? "").toUpperCase();
  return /^[A-Z]{3}$/.test(c) ? c : "USD";
}
