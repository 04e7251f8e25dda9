/** An email address as stored and compared everywhere: trimmed and lower-cased (the users table checks it). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
