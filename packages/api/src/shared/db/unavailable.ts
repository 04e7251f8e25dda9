/**
 * Whether an error means the database could not be reached or went away mid-statement (as opposed
 * to a statement that failed on its own): connection refused or reset, a pool that could not
 * connect in time, a server shutting down or starting up.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  type Wrapped = {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    thrownValue?: unknown;
    originalError?: unknown;
  };
  for (let e = error as Wrapped | undefined, depth = 0; e && depth < 5; depth++) {
    const code = typeof e.code === "string" ? e.code : "";
    if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"].includes(code)) return true;
    // SQLSTATE 08xxx connection exceptions, 57P01-57P03 admin/crash shutdown and "cannot connect now", 53300 too many connections.
    if (/^(08...|57P0[123]|53300)$/.test(code)) return true;
    const message = typeof e.message === "string" ? e.message : "";
    if (
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        message,
      )
    )
      return true;
    // TypeORM keeps pg's error as driverError; graphql-js keeps a thrown non-Error as thrownValue, a wrapped one as originalError.
    e = (e.driverError ?? e.cause ?? e.thrownValue ?? e.originalError) as Wrapped | undefined;
  }
  return false;
}
