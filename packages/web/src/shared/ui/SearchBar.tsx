import { useId, type FormEvent } from "react";

/** A page's search form: one large field and a Search button; submits the trimmed text. */
export function SearchBar({
  label,
  placeholder,
  value,
  onValueChange,
  onSearch,
  submitLabel = "Search",
  className,
}: {
  label: string;
  placeholder: string;
  value: string;
  onValueChange: (text: string) => void;
  onSearch: (text: string) => void;
  /** The button's text. */
  submitLabel?: string;
  /** Classes added to the form's own `search-bar`, for where the page places it. */
  className?: string;
}) {
  const id = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(value.trim());
  }
  return (
    <form className={className ? `search-bar ${className}` : "search-bar"} role="search" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="input input--large"
        type="search"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
