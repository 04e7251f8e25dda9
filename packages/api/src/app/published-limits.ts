import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../features/accounts/password";
import { ARTICLE_LIMITS } from "../features/articles/article-admin.inputs";
import { MAX_LOGO_BYTES } from "../features/companies";
import { CONTACT_LIMITS } from "../features/contact/contact.inputs";
import { PLAN_LIMITS } from "../features/plans/plan.inputs";
import { MEMBERSHIP_LIMITS } from "../features/postings/company-membership.inputs";
import { POSTING_LIMITS } from "../features/postings/posting.inputs";
import { MIN_DESCRIPTION } from "../features/postings/posting.service";
import { USD_PER_UNIT } from "../shared/money/money";

/**
 * The limits the API's validators hold inputs to, for the web app's forms to say the same before
 * sending: `pnpm schema:emit` writes them to packages/schema/limits.json beside the schema, the web
 * app imports that file, and test/schema.test.ts fails when the committed file differs from this.
 */
export const PUBLISHED_LIMITS = {
  article: ARTICLE_LIMITS,
  contact: CONTACT_LIMITS,
  /** The currencies a plan's price or a posting's salary may be in. */
  currencies: Object.keys(USD_PER_UNIT),
  logo: { bytes: MAX_LOGO_BYTES },
  membership: MEMBERSHIP_LIMITS,
  password: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
  plan: PLAN_LIMITS,
  posting: { ...POSTING_LIMITS, descriptionMin: MIN_DESCRIPTION },
};

/** limits.json's text: what `pnpm schema:emit` writes. */
export const publishedLimitsJson = (): string => `${JSON.stringify(PUBLISHED_LIMITS, null, 2)}\n`;
