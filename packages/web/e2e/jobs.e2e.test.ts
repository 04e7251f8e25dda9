import { PHONE, saveScreenshot, useBrowser } from "./support/browser";
import {
  countText,
  filterCheckbox,
  filters,
  horizontalOverflow,
  jobSlugs,
  jobTotal,
  results,
  resultSlugs,
  urlParams,
  waitForCount,
} from "./support/jobs";

const browser = useBrowser();

describe("job search", () => {
  test("keywords and a filter change the count to the API's, live in the URL, survive a reload and undo with Back", async () => {
    const [all, engineers, remoteEngineers] = await Promise.all([
      jobTotal({}),
      jobTotal({ query: "engineer" }),
      jobTotal({ query: "engineer", remote: ["REMOTE"] }),
    ]);
    // The three states differ, so each count on screen tells them apart.
    expect(new Set([all, engineers, remoteEngineers]).size).toBe(3);

    const { page, pageErrors, close } = await browser.open("/jobs");
    try {
      await waitForCount(page, all);
      const searchBox = page.getByRole("searchbox", { name: "Search jobs" });
      const remote = filterCheckbox(page, "Remote policy", "Remote");

      await searchBox.fill("engineer");
      await searchBox.press("Enter");
      await waitForCount(page, engineers);
      expect(urlParams(page)).toEqual({ q: "engineer" });
      await page.getByRole("heading", { level: 1, name: "AI jobs matching “engineer”" }).waitFor();

      await remote.check();
      await waitForCount(page, remoteEngineers);
      expect(urlParams(page)).toEqual({ q: "engineer", remote: "remote" });
      await page.getByRole("button", { name: "Remove filter Remote" }).waitFor();
      await saveScreenshot(page, "filtered", { fullPage: false });

      // A reload starts the app afresh from the URL alone.
      await page.reload();
      await waitForCount(page, remoteEngineers);
      await expect(searchBox.inputValue()).resolves.toBe("engineer");
      await expect(remote.isChecked()).resolves.toBe(true);

      // Back undoes the filter, then the keywords.
      await page.goBack();
      await waitForCount(page, engineers);
      expect(urlParams(page)).toEqual({ q: "engineer" });
      await expect(remote.isChecked()).resolves.toBe(false);
      await expect(searchBox.inputValue()).resolves.toBe("engineer");

      await page.goBack();
      await waitForCount(page, all);
      expect(urlParams(page)).toEqual({});
      await expect(searchBox.inputValue()).resolves.toBe("");
      await page.getByRole("heading", { level: 1, name: "Browse AI jobs" }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("'Load more' appends the next pages, without duplicates, until every job of the count is listed", async () => {
    const filter = { categories: ["generative-ai"] };
    const expected = await jobSlugs(filter, 100);
    const total = await jobTotal(filter);
    expect(expected).toHaveLength(total);
    // At least three pages of 20, so the button is used more than once.
    expect(total).toBeGreaterThan(40);

    const { page, pageErrors, close } = await browser.open("/jobs?category=generative-ai");
    try {
      await waitForCount(page, total);
      let shown = await resultSlugs(page);
      expect(shown).toEqual(expected.slice(0, 20));

      const loadMore = page.getByRole("button", { name: /^Load \d+ more$/ });
      // The button reads "Loading…" while a page is on its way, and goes when the last one is in.
      const loadMoreOrBusy = page.getByRole("button", { name: /^(Load \d+ more|Loading…)$/ });
      while (shown.length < total) {
        const next = Math.min(20, total - shown.length);
        await expect(loadMore.textContent()).resolves.toBe(`Load ${next} more`);
        await page.getByText(`Showing ${shown.length} of ${countText(total)}`, { exact: true }).waitFor();
        await loadMore.click();
        if (shown.length + next < total)
          await page.getByText(`Showing ${shown.length + next} of ${countText(total)}`, { exact: true }).waitFor();
        else await loadMoreOrBusy.waitFor({ state: "detached" });

        const after = await resultSlugs(page);
        // The earlier jobs stay in place; the next page follows them; no job appears twice.
        expect(after.slice(0, shown.length)).toEqual(shown);
        expect(after).toHaveLength(shown.length + next);
        expect(new Set(after).size).toBe(after.length);
        shown = after;
      }

      expect(shown).toEqual(expected);
      // Everything is listed: the count heading and the list agree, and there is nothing more to load.
      await waitForCount(page, total);
      await expect(loadMoreOrBusy.count()).resolves.toBe(0);
      await saveScreenshot(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a direct load of a deep link shows its keywords, ticked filters, chips and count with no interaction", async () => {
    const filter = { query: "engineer", remote: ["REMOTE"], seniorities: ["SENIOR"] };
    const [total, firstPage] = await Promise.all([jobTotal(filter), jobSlugs(filter, 20, "RELEVANCE")]);
    expect(total).toBeGreaterThan(0);

    const { page, pageErrors, close } = await browser.open("/jobs?q=engineer&remote=remote&seniority=senior");
    try {
      await waitForCount(page, total);
      await saveScreenshot(page, undefined, { fullPage: false });
      await page.getByRole("heading", { level: 1, name: "AI jobs matching “engineer”" }).waitFor();
      await expect(page.getByRole("searchbox", { name: "Search jobs" }).inputValue()).resolves.toBe("engineer");
      await expect(filterCheckbox(page, "Remote policy", "Remote").isChecked()).resolves.toBe(true);
      await expect(filterCheckbox(page, "Seniority", "Senior").isChecked()).resolves.toBe(true);
      await expect(filterCheckbox(page, "Remote policy", "Hybrid").isChecked()).resolves.toBe(false);
      await expect(filterCheckbox(page, "Seniority", "Lead").isChecked()).resolves.toBe(false);
      for (const chip of ["Remove filter Remote", "Remove filter Senior"]) {
        await expect(page.getByRole("button", { name: chip }).isVisible()).resolves.toBe(true);
      }
      // A keyword search is sorted by relevance, as the API sorts it.
      await expect(page.getByRole("combobox", { name: "Sort by" }).inputValue()).resolves.toBe("relevance");
      await expect(resultSlugs(page)).resolves.toEqual(firstPage);
      expect(urlParams(page)).toEqual({ q: "engineer", remote: "remote", seniority: "senior" });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("on a 375 px phone the jobs page does not scroll sideways and a 'Filters' button opens the filters", async () => {
    const [all, remoteJobs] = await Promise.all([jobTotal({}), jobTotal({ remote: ["REMOTE"] })]);
    const { page, pageErrors, close } = await browser.open("/jobs", PHONE);
    try {
      await waitForCount(page, all);
      const toggle = page.getByRole("button", { name: "Filters", exact: true });
      const remote = filterCheckbox(page, "Remote policy", "Remote");
      // The filters start folded away behind the button.
      await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
      await expect(filters(page).isVisible()).resolves.toBe(false);
      await expect(horizontalOverflow(page)).resolves.toEqual({ scroll: PHONE.width, client: PHONE.width });

      await toggle.click();
      await expect(page.getByRole("button", { name: "Hide filters" }).getAttribute("aria-expanded")).resolves.toBe("true");
      await remote.waitFor({ state: "visible" });
      await remote.check();
      await waitForCount(page, remoteJobs);
      expect(urlParams(page)).toEqual({ remote: "remote" });
      await expect(results(page).getByRole("listitem").first().isVisible()).resolves.toBe(true);
      await expect(horizontalOverflow(page)).resolves.toEqual({ scroll: PHONE.width, client: PHONE.width });
      await saveScreenshot(page, "open", { fullPage: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
