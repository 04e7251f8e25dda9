import { SearchBar } from "../../../shared/ui/SearchBar";
import { useSyncedText } from "../../../shared/ui/useSyncedText";
import type { JobSearch } from "../utils/searchParams";

/** The keywords box, kept in step with the address (Back restores the text too); `className` places it in the page. */
export function JobKeywords({ search, onChange, className }: { search: JobSearch; onChange: (s: JobSearch) => void; className?: string }) {
  const [text, setText] = useSyncedText(search.query);
  return (
    <SearchBar
      className={className}
      label="Search jobs"
      placeholder="Job title, company, skill…"
      value={text}
      onValueChange={setText}
      onSearch={(query) => onChange({ ...search, query })}
    />
  );
}
