import { useEffect, useState } from "react";

/** The value after it has stopped changing for `ms` (a live preview asks the API once typing pauses). */
export function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
