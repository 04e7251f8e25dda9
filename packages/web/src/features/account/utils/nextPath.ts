import { ACCOUNT_PATHS } from "../../../shared/navigation";

/** Pages a `?next=` never returns to: the account forms themselves (signing in again from there would loop). */
const NOT_NEXT = [ACCOUNT_PATHS.signIn, ACCOUNT_PATHS.signUp, ACCOUNT_PATHS.forgotPassword, "/account/"];

/**
 * A `?next=` value made safe to navigate to: a path on this site ("/jobs?q=llm"), never another site
 * ("//evil.example", "https://evil.example", "/\\evil.example") nor an account form; else `fallback`.
 */
export function safeNextPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and backslashes have no place in our paths (browsers read "\" as "/").
  if ([...value].some((c) => c < " " || c === "\u007f" || c === "\\")) return fallback;
  const pathname = value.split(/[?#]/)[0];
  if (NOT_NEXT.some((page) => (page.endsWith("/") ? pathname.startsWith(page) : pathname === page))) return fallback;
  return value;
}

/** Where "Sign in" should bring someone back to from `path` (with its query), or undefined for home and the account forms. */
export function returnPathFrom(path: string): string | undefined {
  const next = safeNextPath(path, "");
  return next && next !== "/" ? next : undefined;
}

/** A page's address with `?next=` (slashes kept readable): "/sign-in?next=/account". */
export function withNext(page: string, next: string | undefined): string {
  if (!next) return page;
  return `${page}?next=${encodeURIComponent(next).replace(/%2F/gi, "/")}`;
}
