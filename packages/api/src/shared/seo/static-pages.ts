/**
 * The site's public pages with no data of their own, by path: their title and description, as the web
 * app's pages set them once they run (packages/web/e2e/search-engines.e2e.test.ts holds the two to each
 * other, page by page). The page heads (app/page-heads.ts) and the sitemap's `pages` file list them.
 */
export const STATIC_PAGES: Readonly<Record<string, { title: string | null; description: string }>> = {
  "/": {
    title: null,
    description:
      "HiredinAI: curated jobs in AI engineering, research, data, product, design, marketing and sales — from top companies and startups, updated daily.",
  },
  "/jobs": {
    title: "Browse AI jobs",
    description: "Search AI jobs by keyword, category, seniority, remote policy, city, company, salary and date posted.",
  },
  "/jobs/remote": {
    title: "Remote AI jobs",
    description: "Fully remote AI jobs in engineering, research, data, product, design, marketing and sales.",
  },
  "/jobs/entry-level": {
    title: "Entry-level AI jobs",
    description: "Entry-level AI jobs for graduates and career changers: your first role in machine learning, data and AI products.",
  },
  "/jobs/categories": {
    title: "AI job categories",
    description:
      "AI jobs by category: generative AI, machine learning, data science, research, product, design, marketing, sales and more.",
  },
  "/companies": {
    title: "AI companies hiring",
    description: "AI companies and startups hiring now: profiles, headquarters, size and open jobs.",
  },
  "/glossary": {
    title: "AI Glossary",
    description: "Plain-English definitions of AI terms, from attention to zero-shot learning, with the jobs that use them.",
  },
  "/salaries": {
    title: "AI salaries",
    description:
      "What AI jobs pay: 25th percentile, median and 75th percentile salaries by category, seniority and city, from posted salary ranges.",
  },
  "/pricing": {
    title: "Pricing for employers",
    description: "Post an AI job on HiredinAI: plans with their price, how long the posting runs, featured placement and alert digests.",
  },
  "/alerts": { title: "Create a job alert", description: "Get new AI jobs that match your search by email: instantly, daily or weekly." },
  "/sitemap": {
    title: "Sitemap",
    description: "Every page of HiredinAI: jobs by category and city, companies, the AI Glossary, salaries and more.",
  },
  "/blog": { title: "Blog", description: "Stories and explainers about working in AI, from the HiredinAI team." },
  "/career-advice": {
    title: "Career advice",
    description: "Interviewing for ML roles, building a portfolio, negotiating an offer: practical advice for AI careers.",
  },
  "/salary-guides": {
    title: "Salary guides",
    description: "What AI roles pay, with live figures from the salary ranges employers post on HiredinAI.",
  },
  "/industry-news": {
    title: "Industry news",
    description: "The AI hiring market each month: which roles, skills and places employers are hiring for.",
  },
  "/about": {
    title: "About HiredinAI",
    description: "HiredinAI is a curated jobs board for AI work: engineering, research, data, product, design, marketing and sales.",
  },
  "/contact": {
    title: "Contact",
    description: "Write to the HiredinAI team: questions, employers, reports about a listing, and your data.",
  },
  "/privacy": { title: "Privacy Policy", description: "What HiredinAI keeps about you, why, for how long, and how to have it deleted." },
  "/terms": { title: "Terms of Service", description: "The terms for using HiredinAI as a job seeker, an employer or a partner." },
  "/guidelines": { title: "Posting guidelines", description: "What a job posting on HiredinAI must say, and what we remove." },
  "/dmca": {
    title: "DMCA and copyright",
    description: "How to report content on HiredinAI that infringes your copyright, and how to answer a report.",
  },
  "/cookies": { title: "Cookies", description: "The cookies HiredinAI sets, what each is for, and how long it lasts." },
};
