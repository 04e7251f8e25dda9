import { createParameterDecorator } from "type-graphql";

/**
 * The object a field resolver belongs to, as the service returned it. Use it instead of type-graphql's
 * `@Root()`, which copies the object into a new instance of the parameter's class on every call:
 * for a page of 100 jobs, hundreds of copies per request that nothing needs.
 */
export function Parent() {
  return createParameterDecorator(({ root }) => root);
}
