import { useId, type FormEvent } from "react";

/** A page's search form: one large field and a Search button; submits the trimmed text. */
export function SearchBar({
  label,
  placeholder,
  value,
  onValueChange,
  onSearch,
}: {
  label: string;
  placeholder: string;
  value: string;
  onValueChange: (text: string) => void;
  onSearch: (text: string) => void;
}) {
  const id = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(value.trim());
  }
  return (
    <form className="search-bar" role="search" onSubmit={submit}>
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
        Search
      </button>
    </form>
  );
}
