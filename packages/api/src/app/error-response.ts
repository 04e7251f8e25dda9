import type express from "express";
import { AppError, ERROR_CODES, RateLimitedError, type ErrorCode } from "../shared/errors/app-error";
import { formatError } from "./format-error";

/**
 * A JSON error body for what never reaches GraphQL (a body too large, not JSON, an unknown path, the
 * upload and download routes): the shape GraphQL clients already read, written by the same
 * formatter as every GraphQL error.
 */
export function errorBody(message: string, code: ErrorCode) {
  const error = new AppError(code, message);
  return { errors: [formatError(error.toJSON(), error)] };
}

/** An expected error as that body, with the status its code carries (app-error.ts), and Retry-After when rate limited. */
export function sendError(res: express.Response, error: AppError, fallbackStatus = 400): void {
  const code = error.extensions.code as ErrorCode;
  if (error instanceof RateLimitedError) res.set("Retry-After", String(error.extensions.retryAfter));
  res.status(ERROR_CODES[code] ?? fallbackStatus).json({ errors: [formatError(error.toJSON(), error)] });
}

/** A public GET route's "not found" (a sitemap, a feed, a logo, an apply link): plain text, never cached. */
export function sendNotFound(res: express.Response, what: string): void {
  res.status(404).type("text/plain").set("Cache-Control", "no-store").send(`No such ${what}.\n`);
}
