import type { Locator, Page } from "playwright-core";
import { graphql } from "./browser";

/**
 * Helpers for the pages built on the job search (/jobs and its landing pages): what the API says
 * a filter matches, and what the page shows for it, read through roles and visible text.
 */

/** The API's JobFilter (the fields these tests use). */
export interface JobFilter {
  query?: string;
  categories?: string[];
  seniorities?: string[];
  remote?: string[];
  locations?: string[];
}

export type JobOrderField = "POSTED_AT" | "RELEVANCE" | "SALARY";

/** How many live jobs the API has for `filter`: the count the page must show. */
export async function jobTotal(filter: JobFilter): Promise<number> {
  const data = await graphql<{ jobs: { totalCount: number } }>(
    `
      query E2eJobTotal($filter: JobFilter) {
        jobs(filter: $filter, first: 1) {
          totalCount
        }
      }
    `,
    { filter },
  );
  return data.jobs.totalCount;
}

/** The slugs of the first `first` jobs for `filter`, in the API's order (the SPA's default: newest first). */
export async function jobSlugs(filter: JobFilter, first = 100, field: JobOrderField = "POSTED_AT"): Promise<string[]> {
  const data = await graphql<{ jobs: { edges: { node: { slug: string } }[] } }>(
    `
      query E2eJobSlugs($filter: JobFilter, $first: Int, $orderBy: JobOrder) {
        jobs(filter: $filter, first: $first, orderBy: $orderBy) {
          edges {
            node {
              slug
            }
          }
        }
      }
    `,
    { filter, first, orderBy: { field, direction: "DESC" } },
  );
  return data.jobs.edges.map((e) => e.node.slug);
}

/** "1 job", "400 jobs", "1,234 jobs": the results heading for a count. */
export function countText(total: number): string {
  return `${total.toLocaleString("en-US")} ${total === 1 ? "job" : "jobs"}`;
}

/** The results heading showing exactly `total` (waits until the page shows it). */
export async function waitForCount(page: Page, total: number): Promise<Locator> {
  const heading = page.getByRole("heading", { level: 2, name: countText(total), exact: true });
  await heading.waitFor();
  return heading;
}

/** The results section (a region named by its count heading). */
export function results(page: Page): Locator {
  return page.getByRole("region", { name: /^([\d,]+ jobs?|Searching…)$/ });
}

/** The filter panel beside the results. */
export function filters(page: Page): Locator {
  return page.getByRole("complementary", { name: "Filters" });
}

/** A filter checkbox by its value's label ("Remote", "Senior"); its accessible name also carries its count. */
export function filterCheckbox(page: Page, group: string, label: string): Locator {
  return filters(page)
    .getByRole("group", { name: group })
    .getByRole("checkbox", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(|$)`) });
}

/** The job slugs linked from the results list, in the order shown (each job once). */
export async function resultSlugs(page: Page): Promise<string[]> {
  const hrefs = await results(page)
    .getByRole("listitem")
    .getByRole("heading")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => /^\/jobs\/([^/?#]+)$/.exec(href)?.[1] ?? `not a job link: ${href}`);
}

/** The page's query string as a plain object, e.g. { q: "engineer", remote: "remote" }. */
export function urlParams(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** The document's width against the viewport's: equal when nothing scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
}
