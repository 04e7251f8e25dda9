import type { ArticleSection } from "../../../generated/graphql";

/** Each article section's page: where it lives, what it is called, what it says about itself. */
export interface SectionPage {
  section: ArticleSection;
  path: string;
  title: string;
  description: string;
}

/** The footer's Resources sections, in its order (the API's ARTICLE_SECTION_PATHS puts their articles under the same paths). */
export const SECTION_PAGES: readonly SectionPage[] = [
  { section: "BLOG", path: "/blog", title: "Blog", description: "Stories and explainers about working in AI, from the HiredinAI team." },
  {
    section: "CAREER_ADVICE",
    path: "/career-advice",
    title: "Career advice",
    description: "Interviewing for ML roles, building a portfolio, negotiating an offer: practical advice for AI careers.",
  },
  {
    section: "SALARY_GUIDE",
    path: "/salary-guides",
    title: "Salary guides",
    description: "What AI roles pay, with live figures from the salary ranges employers post on HiredinAI.",
  },
  {
    section: "INDUSTRY_NEWS",
    path: "/industry-news",
    title: "Industry news",
    description: "The AI hiring market each month: which roles, skills and places employers are hiring for.",
  },
];

export function sectionPage(section: ArticleSection): SectionPage {
  return SECTION_PAGES.find((s) => s.section === section)!;
}
