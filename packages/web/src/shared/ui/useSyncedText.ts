import { useState } from "react";

/**
 * The text of a search field that mirrors `value` (a search in the address): edits stay local until
 * submitted, and whenever `value` changes (Back, a link) the field shows it again. Adjusted while
 * rendering, as React advises for state that follows a prop, not in an effect.
 */
export function useSyncedText(value: string): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  return [text, setText];
}
