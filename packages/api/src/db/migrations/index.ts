import { InitialSchema1764300000000 } from "./1764300000000-initial-schema";

/** Every migration, oldest first. */
export const migrations = [InitialSchema1764300000000];
