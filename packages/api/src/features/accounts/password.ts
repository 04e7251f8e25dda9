import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~30 ms a hash on this kind of machine. */
// `algorithm: 2` is Argon2id (the package's Algorithm is a const enum, which isolated modules can't read).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length, but a megabyte password is a way to burn CPU, not a password. */
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

/**
 * The strength estimator, built on the first password it judges: building its dictionaries takes about
 * half a second and most of its memory, which no API process should pay at start-up for a sign-up that
 * may never come.
 */
let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown, so both cases take as long. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not a real password: timing decoy");
  await verifyPassword(await dummyHash, password);
}

/**
 * Why a new password is refused, in the product's words, or null when it is good enough. Strength
 * is estimated (zxcvbn: dictionaries, keyboard patterns, the user's own email) rather than checked
 * against composition rules.
 */
export async function passwordProblem(password: string, userInputs: string[] = []): Promise<string | null> {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const inputs = userInputs.flatMap((input) => [input, input.split("@")[0]]).filter((s) => s.length >= 4);
  const lower = password.toLowerCase();
  if (inputs.some((input) => lower.includes(input.toLowerCase()))) return "Don't use your email address in your password.";
  const { score } = await zxcvbn().checkAsync(password, inputs);
  return score >= MIN_SCORE ? null : "This password is too easy to guess. A few unrelated words work well.";
}
