/** The site's menus, as data: the header and footer show them (app/Layout), the sitemap lists them. */

export interface SiteLink {
  to: string;
  label: string;
}

/** The header's main menu. */
export const NAV: readonly SiteLink[] = [
  { to: "/jobs", label: "Jobs" },
  { to: "/companies", label: "Companies" },
  { to: "/glossary", label: "AI Glossary" },
  { to: "/salaries", label: "Salaries" },
  { to: "/alerts", label: "Job Alerts" },
];

/** The footer's columns; the sitemap lists them too. */
export const FOOTER: readonly { title: string; links: readonly SiteLink[] }[] = [
  {
    title: "For Job Seekers",
    links: [
      { to: "/jobs", label: "Browse Jobs" },
      { to: "/jobs/categories", label: "Job Categories" },
      { to: "/companies", label: "Companies" },
      { to: "/jobs/remote", label: "Remote AI Jobs" },
      { to: "/jobs/entry-level", label: "Entry Level Jobs" },
      { to: "/salaries", label: "AI Salaries" },
      { to: "/alerts", label: "Job Alerts" },
      { to: "/blog", label: "Career Blog" },
    ],
  },
  {
    title: "For Employers",
    links: [
      { to: "/employer/post", label: "Post a Job" },
      { to: "/pricing", label: "Pricing" },
      { to: "/sign-in?next=/employer", label: "Employer Login" },
      { to: "/employer", label: "Dashboard" },
    ],
  },
  {
    title: "Resources",
    links: [
      { to: "/blog", label: "Blog" },
      { to: "/glossary", label: "AI Glossary" },
      { to: "/career-advice", label: "Career Advice" },
      { to: "/salary-guides", label: "Salary Guides" },
      { to: "/industry-news", label: "Industry News" },
    ],
  },
  {
    title: "AI Jobs by City",
    links: [
      { to: "/jobs/city/san-francisco", label: "San Francisco" },
      { to: "/jobs/city/new-york", label: "New York" },
      { to: "/jobs/city/london", label: "London" },
      { to: "/jobs/city/seattle", label: "Seattle" },
      { to: "/jobs/city/toronto", label: "Toronto" },
      { to: "/jobs/remote", label: "Remote" },
    ],
  },
  {
    title: "Company",
    links: [
      { to: "/about", label: "About Us" },
      { to: "/contact", label: "Contact" },
      { to: "/privacy", label: "Privacy Policy" },
      { to: "/terms", label: "Terms of Service" },
      { to: "/guidelines", label: "Guidelines" },
      { to: "/dmca", label: "DMCA" },
    ],
  },
];

/** Where the account pages live (routes/ and features/account link to them). */
export const ACCOUNT_PATHS = {
  signIn: "/sign-in",
  signUp: "/sign-up",
  forgotPassword: "/forgot-password",
  account: "/account",
} as const;

/** Where the job alert pages live (the API's emails link to the others: confirm, manage and unsubscribe by token). */
export const ALERT_PATHS = {
  create: "/alerts",
  manage: "/alerts/manage",
} as const;

/** Where the employer's pages live. */
export const EMPLOYER_PATHS = {
  dashboard: "/employer",
  post: "/employer/post",
  /** A colleague's invitation link (`?token=`), as the API's email carries it. */
  join: "/employer/join",
  pricing: "/pricing",
  /** Invoices' pages, `/employer/invoices/<number>` (its company's employers and admins): see `invoicePath`. */
  invoices: "/employer/invoices",
} as const;

/** An invoice's page. */
export function invoicePath(number: string): string {
  return `${EMPLOYER_PATHS.invoices}/${encodeURIComponent(number)}`;
}

/** Where the admins' pages live (the GraphQL playground is the API's own page). */
export const ADMIN_PATHS = {
  postings: "/admin/postings",
  companies: "/admin/companies",
  plans: "/admin/plans",
  articles: "/admin/articles",
  newArticle: "/admin/articles/new",
} as const;

/** An article's page in the admins' editor. */
export function adminArticlePath(id: string): string {
  return `${ADMIN_PATHS.articles}/${encodeURIComponent(id)}`;
}

/** The admins' pages: the tabs above each of them (AdminNav) and the signed-in admin's menu. */
export const ADMIN_PAGES: readonly SiteLink[] = [
  { to: ADMIN_PATHS.postings, label: "Review postings" },
  { to: ADMIN_PATHS.companies, label: "Companies" },
  { to: ADMIN_PATHS.plans, label: "Plans" },
  { to: ADMIN_PATHS.articles, label: "Articles" },
];
