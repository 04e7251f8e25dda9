import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from "graphql";
import { Directive } from "type-graphql";

/**
 * How long a response may be kept, as Apollo's cache-control plugin reads it: `@cacheControl` on
 * types and fields. A response's policy is the shortest maxAge of every object it contains (and
 * PRIVATE if anything in it is); a root field or an object field without a hint is maxAge 0, so
 * anything not marked here is never cached. app/http-cache.ts turns the policy into HTTP headers.
 */
const CacheControlScope = new GraphQLEnumType({
  name: "CacheControlScope",
  description: "Whether a cached response may be shared (PUBLIC) or is for the caller alone (PRIVATE).",
  values: { PUBLIC: {}, PRIVATE: {} },
});

/** The directive's definition, as Apollo documents it; buildSchema declares it. */
export const cacheControlDirective = new GraphQLDirective({
  name: "cacheControl",
  description: "How long (seconds) a response containing this type or field may be cached, and by whom.",
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt },
    scope: { type: CacheControlScope },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/** Catalogue data that changes when jobs are published or closed (jobs, companies, counts, salaries). */
export const CATALOGUE_MAX_AGE = 60;
/** Reference data that admins edit now and then (the glossary). */
export const REFERENCE_MAX_AGE = 300;

/** Public data any caller may be given from a shared cache, for up to `maxAge` seconds. */
export const Cached = (maxAge: number) => Directive(`@cacheControl(maxAge: ${maxAge})`);

/** A value object (a salary, a page's edges): as long as whatever contains it. */
export const CachedLikeParent = () => Directive("@cacheControl(inheritMaxAge: true)");

/** Depends on who asks (the viewer, their company, admin lists, their budget): never cached. */
export const CallerSpecific = () => Directive("@cacheControl(maxAge: 0, scope: PRIVATE)");
