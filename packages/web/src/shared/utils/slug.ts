/** A slug as the API accepts one (its `SLUG_SHAPE`): lower-case letters and digits in words joined by single hyphens. */
export const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
