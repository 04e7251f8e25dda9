import { InitialSchema1764300000000 } from "./1764300000000-initial-schema";
import { RankingCache1764400000000 } from "./1764400000000-ranking-cache";

/** Every migration, oldest first. */
export const migrations = [InitialSchema1764300000000, RankingCache1764400000000];
