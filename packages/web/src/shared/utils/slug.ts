/** A slug as the API accepts one (its `SLUG_SHAPE`): lower-case letters and digits in words joined by single hyphens. */
export const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a form says of a slug the API would refuse, with an example of the kind of thing it names. */
export const slugProblem = (slug: string, example: string): string | undefined =>
  SLUG_SHAPE.test(slug) ? undefined : `Use lower-case letters, digits and single hyphens, e.g. ${example}.`;
