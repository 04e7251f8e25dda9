import { BadUserInputError } from "../errors/app-error";

/**
 * Opaque keyset cursors: the sort it belongs to, the sort key (as Postgres printed it) and the row id.
 * A cursor from another sort, or anything forged, is rejected with BAD_USER_INPUT.
 */
export interface CursorKey {
  key: string | null;
  id: number;
}

export function encodeCursor(sort: string, key: string | null, id: number): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString("base64url");
}

export function decodeCursor(cursor: string, sort: string, field: string, isValidKey: (key: string) => boolean): CursorKey {
  const invalid = () => BadUserInputError.field(field, "is not a valid cursor for this query and order");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [cursorSort, key, id] = parsed as unknown[];
  if (cursorSort !== sort) throw invalid();
  if (!Number.isInteger(id) || (id as number) < 1 || (id as number) > 2_147_483_647) throw invalid();
  if (key !== null && (typeof key !== "string" || key.length > 64 || !isValidKey(key))) throw invalid();
  return { key: key, id: id as number };
}
