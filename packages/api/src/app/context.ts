import type { Logger } from "../shared/log/logger";
import { createLoaders, type Loaders } from "./loaders";
import type { Services } from "./services";

/** Who is asking, as far as the HTTP layer knows. */
export interface RequestInfo {
  /** The request id, also sent back as the X-Request-Id header. */
  id: string;
  /** The client's address (behind trusted proxies only: see TRUST_PROXY). */
  ip: string;
  /** A logger whose lines carry the request id. */
  log: Logger;
  /** Attaches an unexpected error to the request's one log line (the client sees it masked). */
  fail(error: unknown): void;
}

/** What every resolver gets: shared services, this request's loaders and who is asking. */
export interface Context {
  services: Services;
  loaders: Loaders;
  request: RequestInfo;
}

export function createContext(services: Services, request: RequestInfo): Context {
  return { services, loaders: createLoaders(services), request };
}
