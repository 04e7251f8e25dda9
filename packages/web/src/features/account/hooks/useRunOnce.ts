import { useEffect, useRef } from "react";

/**
 * Runs `run` once for each `key` (an emailed link's token): following a link spends it, so it must not
 * be sent twice, not even when React runs effects twice in development.
 */
export function useRunOnce(key: string | null, run: (key: string) => void): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!key || done.current === key) return;
    done.current = key;
    run(key);
  }, [key, run]);
}
