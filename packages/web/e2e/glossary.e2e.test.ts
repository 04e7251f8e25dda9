import { graphql, saveScreenshot, useBrowser } from "./support/browser";
import { jobTotal, waitForCount } from "./support/jobs";

interface ApiTerm {
  term: string;
  shortDefinition: string;
  relatedTerms: { slug: string; term: string }[];
  relatedCategory: { slug: string; name: string; jobCount: number } | null;
}

async function glossaryTerm(slug: string): Promise<ApiTerm> {
  const data = await graphql<{ glossaryTerm: ApiTerm | null }>(
    `
      query E2eGlossaryTerm($slug: String!) {
        glossaryTerm(slug: $slug) {
          term
          shortDefinition
          relatedTerms {
            slug
            term
          }
          relatedCategory {
            slug
            name
            jobCount
          }
        }
      }
    `,
    { slug },
  );
  if (!data.glossaryTerm) throw new Error(`The seed has no glossary term ${slug}`);
  return data.glossaryTerm;
}

const browser = useBrowser();

describe("glossary term page", () => {
  test("Foundation Model shows its definition, leads to its related term and back, and to its category's jobs", async () => {
    const term = await glossaryTerm("foundation-model");
    expect(term.relatedTerms.map((t) => t.slug)).toContain("large-language-model");
    const category = term.relatedCategory!;
    expect(category.slug).toBe("generative-ai");
    const categoryTotal = await jobTotal({ categories: [category.slug] });
    expect(categoryTotal).toBe(category.jobCount);

    const { page, pageErrors, close } = await browser.open("/glossary/foundation-model");
    try {
      const heading = page.getByRole("heading", { level: 1, name: "What is Foundation Model?" });
      await heading.waitFor();
      await expect(page.getByText(term.shortDefinition, { exact: true }).isVisible()).resolves.toBe(true);
      const related = page.getByRole("region", { name: "Related terms" });
      await expect(related.getByRole("link").allTextContents()).resolves.toEqual(term.relatedTerms.map((t) => t.term));
      await saveScreenshot(page, "foundation-model");

      await related.getByRole("link", { name: "Large Language Model", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "What is Large Language Model?" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/glossary/large-language-model");

      await page.goBack();
      await heading.waitFor();
      expect(new URL(page.url()).pathname).toBe("/glossary/foundation-model");

      await page.getByRole("link", { name: `Browse ${category.name} jobs`, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: `${category.name} jobs`, exact: true }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/jobs/category/${category.slug}`);
      await waitForCount(page, categoryTotal);
      await saveScreenshot(page, "category-jobs", { fullPage: false });
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
