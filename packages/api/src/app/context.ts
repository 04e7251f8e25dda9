import { createLoaders, type Loaders } from "./loaders";
import type { Services } from "./services";

/** What every resolver gets: shared services and this request's loaders. */
export interface Context {
  services: Services;
  loaders: Loaders;
}

export function createContext(services: Services): Context {
  return { services, loaders: createLoaders(services) };
}
