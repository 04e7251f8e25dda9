import { registerEnumType } from "type-graphql";

/** Where an article sits on the site: the footer's Resources column. */
export enum ArticleSection {
  BLOG = "BLOG",
  CAREER_ADVICE = "CAREER_ADVICE",
  SALARY_GUIDE = "SALARY_GUIDE",
  INDUSTRY_NEWS = "INDUSTRY_NEWS",
}

registerEnumType(ArticleSection, {
  name: "ArticleSection",
  description: "BLOG, CAREER_ADVICE (interviews, portfolios, negotiation), SALARY_GUIDE (with live salary figures) or INDUSTRY_NEWS.",
});

/** Where an article is on its way to readers: `publishedAt` null, in the future, or passed. */
export enum ArticleStatus {
  DRAFT = "DRAFT",
  SCHEDULED = "SCHEDULED",
  PUBLISHED = "PUBLISHED",
}

registerEnumType(ArticleStatus, {
  name: "ArticleStatus",
  description: "DRAFT (admins only), SCHEDULED (public from publishedAt on, without anyone touching it) or PUBLISHED.",
});
