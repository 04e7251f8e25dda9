import { SearchBar } from "../../../shared/ui/SearchBar";
import { useSyncedText } from "../../../shared/ui/useSyncedText";
import type { JobSearch } from "../utils/searchParams";

/** The keywords box, kept in step with the address (Back restores the text too). */
export function JobKeywords({ search, onChange }: { search: JobSearch; onChange: (s: JobSearch) => void }) {
  const [text, setText] = useSyncedText(search.query);
  return (
    <SearchBar
      label="Search jobs"
      placeholder="Job title, company, skill…"
      value={text}
      onValueChange={setText}
      onSearch={(query) => onChange({ ...search, query })}
    />
  );
}
