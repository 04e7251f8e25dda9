import { useLocation } from "react-router";

/** A message handed over by the page that navigated here (`navigate(to, { state: { notice } })`). */
export function useNotice(): string | undefined {
  const { state } = useLocation();
  const notice: unknown = state && typeof state === "object" && "notice" in state ? state.notice : undefined;
  return typeof notice === "string" ? notice : undefined;
}
