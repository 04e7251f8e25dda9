import type { ApolloCache } from "@apollo/client";

/**
 * After a plan is added or changed: the admins' table is fetched again (a new plan, a new order), and
 * the public list of plans (the Pricing page, the posting form) is dropped from the cache, so it is
 * read from the API the next time a page shows it: a retired plan is gone, a new one there. The plans
 * themselves are normalised by id, so a changed price shows everywhere at once.
 */
export const PLAN_WRITE = {
  refetchQueries: ["AdminPlansQuery"],
  awaitRefetchQueries: true,
  update(cache: ApolloCache) {
    cache.evict({ id: "ROOT_QUERY", fieldName: "plans" });
    cache.gc();
  },
};
