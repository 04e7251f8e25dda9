import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { parseSearch, serializeSearch, type JobSearch } from "../utils/searchParams";

/**
 * The job search held in the URL: read it, and write a new one (a new history entry, so Back undoes it).
 * The router runs without transitions (see main.tsx), so a ticked filter shows at once.
 */
export function useJobSearchParams(): [JobSearch, (next: JobSearch, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const search = useMemo(() => parseSearch(key), [key]);
  const setSearch = useCallback(
    (next: JobSearch, options?: { replace?: boolean }) => {
      setParams(new URLSearchParams(serializeSearch(next)), { replace: options?.replace, preventScrollReset: true });
    },
    [setParams],
  );
  return [search, setSearch];
}
