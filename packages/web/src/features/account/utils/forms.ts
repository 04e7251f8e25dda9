/** Small pieces the account forms share. */

/** Why an email address can't be sent, checked before asking the API (which checks it again). */
export function emailProblem(email: string): string | undefined {
  const trimmed = email.trim();
  if (!trimmed) return "Enter your email address.";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return "Enter an email address like name@example.com.";
  return undefined;
}
