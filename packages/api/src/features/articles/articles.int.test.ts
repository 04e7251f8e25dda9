import { seed } from "../../db/seed/seed";
import { articles as seededArticles } from "../../db/seed/data/articles";
import { TEST_WEB_URL, useTestApi } from "../../../test/support/test-api";
import { Seniority } from "../jobs";
import { readingMinutes } from "./article.service";

const api = useTestApi();

let authorId: number;
beforeEach(async () => {
  [{ id: authorId }] = await api.ds.query(
    `INSERT INTO article_authors (slug, name, bio) VALUES ('maya', 'Maya Okafor', 'Writes career advice.') RETURNING id`,
  );
});

/** An article: published a day ago unless `publishedAt` says otherwise (null: a draft; a future date: scheduled). */
async function article(over: {
  slug: string;
  section?: string;
  title?: string;
  body?: string;
  tags?: string[];
  publishedAt?: Date | null;
  categoryIds?: number[];
  salary?: { categoryId: number; seniority: Seniority | null };
}): Promise<number> {
  const publishedAt = over.publishedAt === undefined ? new Date(Date.now() - 86_400_000) : over.publishedAt;
  const [{ id }] = await api.ds.query(
    `INSERT INTO articles (slug, section, title, summary, body, author_id, tags, salary_category_id, salary_seniority, published_at)
     VALUES ($1, $2, $3, 'A summary.', $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      over.slug,
      over.section ?? "BLOG",
      over.title ?? `About ${over.slug}`,
      over.body ?? "Some text about AI careers.",
      authorId,
      over.tags ?? [],
      over.salary?.categoryId ?? null,
      over.salary?.seniority ?? null,
      publishedAt,
    ],
  );
  for (const [position, categoryId] of (over.categoryIds ?? []).entries()) {
    await api.ds.query(`INSERT INTO article_categories (article_id, category_id, position) VALUES ($1, $2, $3)`, [
      id,
      categoryId,
      position,
    ]);
  }
  return id as number;
}

const slugsOf = async (filter: Record<string, unknown> = {}) => {
  const res = await api.gql(
    `query ($filter: ArticleFilter) { articles(first: 20, filter: $filter) { totalCount edges { node { slug } } } }`,
    {
      filter,
    },
  );
  expect(res.errors).toBeUndefined();
  const connection = res.data!.articles as { totalCount: number; edges: { node: { slug: string } }[] };
  expect(connection.totalCount).toBe(connection.edges.length);
  return connection.edges.map((e) => e.node.slug);
};

test("only published articles are public, newest first: a draft or a scheduled one is in no list and has no page", async () => {
  await article({ slug: "older", publishedAt: new Date(Date.now() - 5 * 86_400_000) });
  await article({ slug: "newer" });
  await article({ slug: "draft", publishedAt: null });
  await article({ slug: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) });
  expect(await slugsOf()).toEqual(["newer", "older"]);
  for (const slug of ["draft", "scheduled"]) {
    expect((await api.gql(`query ($slug: String!) { article(slug: $slug) { slug } }`, { slug })).data!.article).toBeNull();
  }
  // Its time comes: the scheduled one is public without anyone touching it.
  await api.ds.query(`UPDATE articles SET published_at = now() - interval '1 second' WHERE slug = 'scheduled'`);
  expect(await slugsOf()).toEqual(["scheduled", "newer", "older"]);
});

test("articles are listed by section, by tag and by words, as the search page's syntax reads them", async () => {
  await article({ slug: "interviews", section: "CAREER_ADVICE", title: "Interviewing for ML roles", tags: ["interviews"] });
  await article({ slug: "mlops-pay", section: "SALARY_GUIDE", title: "MLOps salaries", tags: ["salaries", "mlops"] });
  await article({ slug: "market", section: "INDUSTRY_NEWS", title: "The hiring market", body: "Engineers building agents are in demand." });
  expect(await slugsOf({ section: "CAREER_ADVICE" })).toEqual(["interviews"]);
  expect(await slugsOf({ tag: "mlops" })).toEqual(["mlops-pay"]);
  expect(await slugsOf({ tag: "MLOps" })).toEqual(["mlops-pay"]);
  expect(await slugsOf({ query: "interviewing" })).toEqual(["interviews"]);
  // Stemming and the body: "engineer" finds "Engineers".
  expect(await slugsOf({ query: "engineer agent" })).toEqual(["market"]);
  expect(await slugsOf({ query: "salaries -mlops" })).toEqual([]);
  // Words put the best match first: the article about agents before a newer one that mentions them once.
  await article({ slug: "agents", title: "Building AI agents", body: "Agents plan, call tools and check their work. Agents fail." });
  await article({ slug: "passing", title: "A newer note", body: "Some say agents matter.", publishedAt: new Date() });
  const found = await slugsOf({ query: "agents" });
  expect([found[0], found.slice(1).sort()]).toEqual(["agents", ["market", "passing"]]);
  const tooLong = await api.gql(`query ($q: String) { articles(filter: { query: $q }) { totalCount } }`, { q: "x".repeat(201) });
  expect(tooLong.errors?.map((e) => [e.extensions?.code, (e.extensions?.fields as { field: string }[])[0]?.field])).toEqual([
    ["BAD_USER_INPUT", "filter.query"],
  ]);
});

test("an article's page: rendered body with glossary terms linked, its author, reading time, its categories' live jobs", async () => {
  await api.make.glossaryTerm({ slug: "mlops", term: "MLOps" });
  const category = await api.make.category({ slug: "mlops", name: "MLOps" });
  await api.make.job({ slug: "live-mlops", categoryId: category.id });
  await api.make.job({ slug: "expired-mlops", categoryId: category.id, validThrough: new Date(Date.now() - 60_000) });
  await api.make.job({ slug: "other-category" });
  const body = `## Why MLOps\n\nMLOps keeps models running. ${"word ".repeat(500)}<script>alert(1)</script>`;
  await article({ slug: "mlops-day", section: "BLOG", body, categoryIds: [category.id], tags: ["mlops"] });
  await article({ slug: "also-mlops", tags: ["mlops"] });
  await article({ slug: "unrelated", tags: ["design"], section: "INDUSTRY_NEWS" });

  const res = await api.gql(`{
    article(slug: "mlops-day") {
      slug url section bodyHtml readingTimeMinutes tags
      author { name url articles { slug } }
      categories { slug }
      jobs(first: 5) { totalCount edges { node { slug } } }
      salaryStats { sampleSize }
      relatedArticles(first: 2) { slug }
    }
  }`);
  expect(res.errors).toBeUndefined();
  const page = res.data!.article;
  expect(page.url).toBe(`${TEST_WEB_URL}/blog/mlops-day`);
  expect(page.bodyHtml).toContain(`<p><a href="${TEST_WEB_URL}/glossary/mlops" class="glossary-term">MLOps</a> keeps models running.`);
  expect(page.bodyHtml).toContain("<h2>Why MLOps</h2>");
  expect(page.bodyHtml).not.toContain("<script");
  expect(page.readingTimeMinutes).toBe(readingMinutes(body));
  expect(page.readingTimeMinutes).toBe(3);
  expect(page.author).toEqual({
    name: "Maya Okafor",
    url: `${TEST_WEB_URL}/authors/maya`,
    articles: expect.arrayContaining([{ slug: "mlops-day" }]),
  });
  expect(page.categories).toEqual([{ slug: "mlops" }]);
  expect(page.jobs).toEqual({ totalCount: 1, edges: [{ node: { slug: "live-mlops" } }] });
  expect(page.salaryStats).toBeNull();
  expect(page.relatedArticles).toEqual([{ slug: "also-mlops" }, { slug: "unrelated" }]);
});

test("a salary guide shows the live salary figures of its category and seniority, the same as salaryStats", async () => {
  const category = await api.make.category({ slug: "mlops" });
  for (const [min, seniority] of [
    [100_000, Seniority.MID],
    [150_000, Seniority.SENIOR],
    [170_000, Seniority.SENIOR],
  ] as const) {
    await api.make.job({
      categoryId: category.id,
      seniority,
      salary: { min, max: min + 20_000, currency: "USD", period: "YEAR" as never },
    });
  }
  await article({ slug: "senior-mlops-pay", section: "SALARY_GUIDE", salary: { categoryId: category.id, seniority: Seniority.SENIOR } });
  const fields = `sampleSize median p25 p75 currency`;
  const guide = await api.gql(`{ article(slug: "senior-mlops-pay") { salaryStats { ${fields} } } }`);
  const stats = await api.gql(`{ salaryStats(filter: { categories: ["mlops"], seniorities: [SENIOR] }) { ${fields} } }`);
  expect(guide.data!.article.salaryStats).toEqual(stats.data!.salaryStats);
  expect(guide.data!.article.salaryStats.sampleSize).toBe(2);
  // A new posting moves the guide's figures: they are never typed into the text.
  await api.make.job({
    categoryId: category.id,
    seniority: Seniority.SENIOR,
    salary: { min: 400_000, max: 420_000, currency: "USD", period: "YEAR" as never },
  });
  expect((await api.gql(`{ article(slug: "senior-mlops-pay") { salaryStats { sampleSize } } }`)).data!.article.salaryStats.sampleSize).toBe(
    3,
  );
});

test("a glossary term lists the published articles that use it, by term or alias", async () => {
  await api.make.glossaryTerm({ slug: "rag", term: "Retrieval-Augmented Generation", aliases: ["RAG"] });
  await article({ slug: "by-alias", body: "We built a RAG assistant for support tickets." });
  await article({
    slug: "by-term",
    body: "Retrieval-augmented generation grounds answers.",
    publishedAt: new Date(Date.now() - 3 * 86_400_000),
  });
  await article({ slug: "draft-mentions", body: "RAG everywhere.", publishedAt: null });
  await article({ slug: "unrelated", body: "Nothing about it." });
  const res = await api.gql(`{ glossaryTerm(slug: "rag") { articles { slug } } }`);
  expect(res.data!.glossaryTerm.articles).toEqual([{ slug: "by-alias" }, { slug: "by-term" }]);
});

test("the seed's articles: every section, written at length, each naming categories that exist", async () => {
  await api.ds.query(`DELETE FROM articles; DELETE FROM article_authors`);
  await seed(api.ds);
  const res = await api.gql(
    `{ articles(first: 100) { totalCount edges { node { slug section body categories { slug } author { name } } } } }`,
  );
  const nodes = res.data!.articles.edges.map((e: { node: Record<string, any> }) => e.node);
  expect(res.data!.articles.totalCount).toBe(seededArticles.filter((a) => a.publishedDaysAgo !== null && a.publishedDaysAgo >= 0).length);
  // At least four in each section, sixteen in all.
  const perSection: Record<string, number> = {};
  for (const { section } of nodes as { section: string }[]) perSection[section] = (perSection[section] ?? 0) + 1;
  expect(Object.keys(perSection).sort()).toEqual(["BLOG", "CAREER_ADVICE", "INDUSTRY_NEWS", "SALARY_GUIDE"]);
  for (const [section, n] of Object.entries(perSection)) expect([section, n >= 4]).toEqual([section, true]);
  expect(nodes.length).toBeGreaterThanOrEqual(16);
  for (const node of nodes) {
    const words = (node.body as string).split(/\s+/).filter(Boolean).length;
    expect([node.slug, words >= 600]).toEqual([node.slug, true]);
    expect([node.slug, node.categories.length > 0]).toEqual([node.slug, true]);
  }

  // A database seeded before articles existed gets them at its next start, once.
  await api.ds.query(`DELETE FROM articles; DELETE FROM article_authors`);
  await seed(api.ds);
  await seed(api.ds);
  const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM articles`);
  expect(n).toBe(seededArticles.length);
});

test("each section has RSS and Atom feeds of its newest published articles, announced in its page's head", async () => {
  await article({ slug: "guide", section: "SALARY_GUIDE", title: "MLOps pay", tags: ["salaries"] });
  await article({
    slug: "older-guide",
    section: "SALARY_GUIDE",
    title: "Research pay",
    publishedAt: new Date(Date.now() - 9 * 86_400_000),
  });
  await article({ slug: "draft-guide", section: "SALARY_GUIDE", publishedAt: null });
  await article({ slug: "a-blog-post", section: "BLOG" });

  const rss = await fetch(`${api.server.url}/feeds/salary-guides.rss`);
  expect([rss.status, rss.headers.get("content-type")]).toEqual([200, "application/rss+xml; charset=utf-8"]);
  const rssText = await rss.text();
  const links = [...rssText.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
  expect(links).toEqual([`${TEST_WEB_URL}/salary-guides/guide`, `${TEST_WEB_URL}/salary-guides/older-guide`]);
  expect(rssText).toContain("<title><![CDATA[MLOps pay]]></title>");

  const atom = await fetch(`${api.server.url}/feeds/salary-guides.atom`);
  expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const atomText = await atom.text();
  expect([...atomText.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual(links);
  expect(atomText).toContain("<name>Maya Okafor</name>");

  for (const path of ["/feeds/nope.rss", "/feeds/blog.json", "/feeds/salaries.atom"]) {
    expect([path, (await fetch(`${api.server.url}${path}`)).status]).toEqual([path, 404]);
  }
  const head = await (await fetch(`${api.server.url}/page-head/salary-guides`)).text();
  expect(head).toContain(
    `<link rel="alternate" type="application/rss+xml" title="HiredinAI Salary guides (RSS)" href="${TEST_WEB_URL}/feeds/salary-guides.rss" data-page-head />`,
  );
  expect(head).toContain(`href="${TEST_WEB_URL}/feeds/salary-guides.atom"`);
});
