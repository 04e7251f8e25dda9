import type { DataSource, EntityManager } from "typeorm";
import { BadUserInputError } from "../errors/app-error";

/** A unique or foreign key, and the input field a violation of it is about. */
export type ConstraintFields = Readonly<Record<string, { field: string; message: string }>>;

/**
 * Runs `work` in a transaction. A unique or foreign key that a concurrent write took first (after the
 * caller's own checks passed) is that field's BAD_USER_INPUT, never a 500.
 */
export async function transactionNamingConstraints<T>(
  ds: DataSource,
  constraints: ConstraintFields,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await ds.transaction(work);
  } catch (error) {
    const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
    const known = constraint ? constraints[constraint] : undefined;
    if ((code === "23505" || code === "23503") && known) throw BadUserInputError.field(known.field, known.message);
    throw error;
  }
}
