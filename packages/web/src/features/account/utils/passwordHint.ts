import { API_LIMITS } from "../../../shared/utils/apiLimits";

/** The API refuses shorter passwords. */
export const PASSWORD_MIN_LENGTH = API_LIMITS.password.min;

/** What the field says before anything is typed. */
export const PASSWORD_ADVICE = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well.`;

export interface PasswordHint {
  /** 0 too short or guessable, 1 weak, 2 fair, 3 strong: how full the meter is. */
  level: 0 | 1 | 2 | 3;
  label: string;
  advice: string;
}

/** Passwords and words that guessers try first (the API checks a full dictionary; this only catches the obvious). */
const COMMON = [
  "password",
  "passw0rd",
  "qwerty",
  "azerty",
  "123456",
  "letmein",
  "welcome",
  "iloveyou",
  "admin",
  "hiredin",
  "monkey",
  "dragon",
  "football",
  "abc123",
];

const SEQUENCES = ["abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "01234567890"];

/** Whether most of the password is one character repeated, or a run along the alphabet, the digits or the keyboard. */
function isPattern(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size <= Math.max(2, Math.floor(lower.length / 4))) return true;
  let longest = 1;
  let run = 1;
  for (let i = 1; i < lower.length; i++) {
    const pair = lower.slice(i - 1, i + 1);
    const forward = SEQUENCES.some((s) => s.includes(pair));
    const backward = SEQUENCES.some((s) => s.includes([...pair].reverse().join("")));
    run = forward || backward ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest >= lower.length * 0.6;
}

/**
 * A quick hint while a new password is typed: length first, then the obvious weaknesses (the email
 * address, common passwords, repeats and runs), then length and variety. Only a hint: the API's
 * estimator (zxcvbn) decides, and its message shows beside the field when it refuses one.
 */
export function passwordHint(password: string, email = ""): PasswordHint | null {
  if (!password) return null;
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    const missing = PASSWORD_MIN_LENGTH - length;
    return { level: 0, label: "Too short", advice: `${missing} more character${missing === 1 ? "" : "s"} to go.` };
  }
  const lower = password.toLowerCase();
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && lower.includes(local)) {
    return { level: 0, label: "Too easy to guess", advice: "Don't use your email address in your password." };
  }
  if (isPattern(password) || COMMON.some((word) => lower.includes(word) && word.length >= lower.length / 2)) {
    return { level: 1, label: "Too easy to guess", advice: "Avoid common passwords, repeated characters and keyboard runs." };
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(password)).length;
  const words = password.split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  if (length >= 16 || (length >= 14 && (classes >= 3 || words >= 3))) {
    return { level: 3, label: "Strong", advice: "Long and varied: a good choice." };
  }
  if (length >= 12 && (classes >= 2 || words >= 2)) {
    return { level: 2, label: "Fair", advice: "Another word would make it stronger." };
  }
  return { level: 1, label: "Weak", advice: "Longer is stronger: add another word or two." };
}
