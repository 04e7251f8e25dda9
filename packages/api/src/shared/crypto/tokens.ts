import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A random URL-safe secret (256 bits) and the SHA-256 we keep of it. The secret itself only ever
 * travels to its owner (in an email link, a cookie, once on screen); a stolen table holds hashes of
 * random secrets, which are as useless as the secrets are unguessable — so no slow hash is needed.
 */
export function newToken(bytes = 32): { token: string; hash: string } {
  const token = randomBytes(bytes).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Compares two hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}
