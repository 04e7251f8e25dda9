import { bearer, makeUser, sessionFor } from "../../../test/support/accounts";
import { TEST_WEB_URL, useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Role } from "../accounts";
import { Seniority } from "../jobs";
import { ARTICLE_LIMITS } from "./article-admin.inputs";

const api = useTestApi();

const FIELDS = `id slug url section status title summary body bodyHtml tags publishedAt readingTimeMinutes
  author { slug } categories { slug } coverImage { url alt }`;
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { ${FIELDS} } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { article { ${FIELDS} } } }`;
const PUBLISH = `mutation ($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { article { status publishedAt url } } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishArticle(id: $id) { article { status publishedAt } } }`;
const DELETE = `mutation ($id: ID!) { deleteArticle(id: $id) { deletedId slug } }`;
const AUDIT = `{ auditLog(targetType: "Article") { action actorEmail targetId before after } }`;

const count = async (table: string) => Number((await api.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
const articleCounts = async () => ({
  articles: await count("articles"),
  categories: await count("article_categories"),
  audit: await count("audit_log"),
});

async function asAdmin() {
  const admin = await makeUser(api.ds, { role: Role.ADMIN, email: "editor@example.com" });
  const headers = bearer(await sessionFor(api.ds, admin));
  return (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, headers);
}

/** The fields a BAD_USER_INPUT names (200 when refused by a resolver, 400 when refused before anything ran; never a 500). */
function fieldsOf(res: GraphQLResponse): string[] {
  expect([200, 400]).toContain(res.status);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  return (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
}

beforeEach(async () => {
  await api.ds.query(
    `INSERT INTO article_authors (slug, name, bio) VALUES ('maya', 'Maya Okafor', 'Writes career advice.'), ('dan', 'Dan Reyes', 'Data.')`,
  );
});

const draft = (over: Record<string, unknown> = {}) => ({
  section: "CAREER_ADVICE",
  title: "Preparing for an ML system design interview",
  summary: "What interviewers look for, and how to practise.",
  body: "## Start with the problem\n\nAsk what the system is for before drawing boxes.",
  author: "maya",
  ...over,
});

/** Whether anyone can read it: its page, the section's list, the sitemap and the section's feed. */
async function publicly(slug: string, section = "career-advice") {
  const page = (await api.gql(`query ($slug: String!) { article(slug: $slug) { slug } }`, { slug })).data!.article;
  const list = (await api.gql(`{ articles(first: 50) { edges { node { slug } } } }`)).data!.articles.edges.map(
    (e: { node: { slug: string } }) => e.node.slug,
  );
  const sitemap = await (await fetch(`${api.server.url}/sitemaps/articles.xml`)).text();
  const feed = await (await fetch(`${api.server.url}/feeds/${section}.rss`)).text();
  return {
    page: page !== null,
    list: list.includes(slug),
    sitemap: sitemap.includes(`/${section}/${slug}<`),
    feed: feed.includes(`/${section}/${slug}`),
  };
}
const NOWHERE = { page: false, list: false, sitemap: false, feed: false };
const EVERYWHERE = { page: true, list: true, sitemap: true, feed: true };

test("a new article is a draft: admins list and open it, nobody else sees it anywhere; the audit log has it", async () => {
  const gql = await asAdmin();
  await api.make.category({ slug: "machine-learning" });
  await api.make.category({ slug: "mlops" });
  const res = await gql(CREATE, {
    input: draft({ tags: [" Interviews ", "interviews", "System Design"], categories: ["mlops", "machine-learning", "mlops"] }),
  });
  expect(res.errors).toBeUndefined();
  const article = res.data!.createArticle.article;
  expect(article).toMatchObject({
    slug: "preparing-for-an-ml-system-design-interview",
    url: `${TEST_WEB_URL}/career-advice/preparing-for-an-ml-system-design-interview`,
    status: "DRAFT",
    publishedAt: null,
    tags: ["interviews", "system design"],
    author: { slug: "maya" },
    categories: [{ slug: "mlops" }, { slug: "machine-learning" }],
    coverImage: null,
  });
  expect(article.bodyHtml).toContain("<h2>Start with the problem</h2>");
  expect(await publicly(article.slug)).toEqual(NOWHERE);
  expect((await api.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: article.id })).data!.node).toBeNull();

  const listed = await gql(`{ allArticles(first: 10) { totalCount edges { node { slug status } } } }`);
  expect(listed.data!.allArticles).toEqual({ totalCount: 1, edges: [{ node: { slug: article.slug, status: "DRAFT" } }] });
  const opened = await gql(`query ($id: ID!) { adminArticle(id: $id) { title body } }`, { id: article.id });
  expect(opened.data!.adminArticle).toEqual({ title: draft().title, body: draft().body });

  const [entry] = (await gql(AUDIT)).data!.auditLog;
  expect(entry).toMatchObject({ action: "article.create", actorEmail: "editor@example.com", before: null });
  expect(entry.after).toMatchObject({ slug: article.slug, author: "maya", categories: ["mlops", "machine-learning"], publishedAt: null });
});

test("publishing: now is public everywhere at once; a later time waits for its moment; back to draft takes it off again", async () => {
  const gql = await asAdmin();
  const { id, slug } = (await gql(CREATE, { input: draft() })).data!.createArticle.article;

  const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
  const scheduled = await gql(PUBLISH, { id, at: inAnHour });
  expect(scheduled.data!.publishArticle.article).toMatchObject({ status: "SCHEDULED", publishedAt: inAnHour });
  expect(await publicly(slug)).toEqual(NOWHERE);
  // Its time comes: nothing has to run for it to be public.
  await api.ds.query(`UPDATE articles SET published_at = now() - interval '1 second' WHERE slug = $1`, [slug]);
  expect(await publicly(slug)).toEqual(EVERYWHERE);

  expect((await gql(UNPUBLISH, { id })).data!.unpublishArticle.article).toEqual({ status: "DRAFT", publishedAt: null });
  expect(await publicly(slug)).toEqual(NOWHERE);

  const published = (await gql(PUBLISH, { id })).data!.publishArticle.article;
  expect(published.status).toBe("PUBLISHED");
  expect(Math.abs(Date.parse(published.publishedAt) - Date.now())).toBeLessThan(60_000);
  expect(await publicly(slug)).toEqual(EVERYWHERE);

  const actions = (await gql(AUDIT)).data!.auditLog.map((e: { action: string }) => e.action);
  expect(actions).toEqual(["article.publish", "article.unpublish", "article.publish", "article.create"]);
  const [last] = (await gql(AUDIT)).data!.auditLog;
  expect(last.before).toEqual({ id: expect.any(Number), publishedAt: null });

  // A draft can be written with its publication time too (the editor's "Schedule" on a new article).
  const later = await gql(CREATE, { input: draft({ title: "Later", publishedAt: inAnHour }) });
  expect(later.data!.createArticle.article).toMatchObject({ status: "SCHEDULED", publishedAt: inAnHour });
});

test("editing changes only what is given, moves the article with its section, and writes nothing when nothing changes", async () => {
  const gql = await asAdmin();
  await api.make.category({ slug: "mlops" });
  await api.make.category({ slug: "data-science" });
  const created = (await gql(CREATE, { input: draft({ tags: ["interviews"], categories: ["mlops"] }) })).data!.createArticle.article;
  await gql(PUBLISH, { id: created.id });

  const res = await gql(UPDATE, {
    id: created.id,
    input: {
      section: "BLOG",
      title: "  ML system design, step by step  ",
      categories: ["data-science"],
      coverImageUrl: "https://images.example.com/boxes.png",
      coverAlt: "Boxes and arrows on a whiteboard",
    },
  });
  expect(res.errors).toBeUndefined();
  expect(res.data!.updateArticle.article).toMatchObject({
    slug: created.slug,
    section: "BLOG",
    url: `${TEST_WEB_URL}/blog/${created.slug}`,
    status: "PUBLISHED",
    title: "ML system design, step by step",
    summary: created.summary,
    body: created.body,
    tags: ["interviews"],
    categories: [{ slug: "data-science" }],
    coverImage: { url: "https://images.example.com/boxes.png", alt: "Boxes and arrows on a whiteboard" },
  });
  expect(await publicly(created.slug, "blog")).toEqual(EVERYWHERE);
  const [entry] = (await gql(AUDIT)).data!.auditLog;
  expect(entry).toMatchObject({ action: "article.update" });
  expect([entry.before.section, entry.after.section, entry.before.categories, entry.after.categories]).toEqual([
    "CAREER_ADVICE",
    "BLOG",
    ["mlops"],
    ["data-science"],
  ]);

  const before = await articleCounts();
  const updatedAt = (await api.ds.query(`SELECT updated_at FROM articles`))[0].updated_at;
  await gql(UPDATE, { id: created.id, input: { title: "ML system design, step by step", tags: ["Interviews"] } });
  expect(await articleCounts()).toEqual(before);
  expect((await api.ds.query(`SELECT updated_at FROM articles`))[0].updated_at).toEqual(updatedAt);

  // Null on an optional field clears it; null publishedAt makes it a draft.
  const cleared = await gql(UPDATE, { id: created.id, input: { coverImageUrl: null, coverAlt: null, tags: null, publishedAt: null } });
  expect(cleared.data!.updateArticle.article).toMatchObject({ coverImage: null, tags: [], status: "DRAFT" });
});

test("a salary guide written in the editor shows the live figures of its category and seniority", async () => {
  const gql = await asAdmin();
  const category = await api.make.category({ slug: "nlp" });
  for (const min of [120_000, 160_000]) {
    await api.make.job({
      categoryId: category.id,
      seniority: Seniority.SENIOR,
      salary: { min, max: min + 20_000, currency: "USD", period: "YEAR" as never },
    });
  }
  await api.make.job({
    categoryId: category.id,
    seniority: Seniority.ENTRY,
    salary: { min: 60_000, max: 70_000, currency: "USD", period: "YEAR" as never },
  });
  const input = draft({
    section: "SALARY_GUIDE",
    title: "Senior NLP pay",
    salaryCategory: "nlp",
    salarySeniority: "SENIOR",
    publishedAt: new Date(Date.now() - 1000).toISOString(),
  });
  const { slug } = (await gql(CREATE, { input })).data!.createArticle.article;
  const guide = await api.gql(`query ($slug: String!) { article(slug: $slug) { salaryStats { sampleSize median } } }`, { slug });
  const stats = await api.gql(`{ salaryStats(filter: { categories: ["nlp"], seniorities: [SENIOR] }) { sampleSize median } }`);
  expect(guide.data!.article.salaryStats).toEqual(stats.data!.salaryStats);
  expect(guide.data!.article.salaryStats.sampleSize).toBe(2);
});

test("bad input names each field at fault, and writes nothing", async () => {
  const gql = await asAdmin();
  await api.make.category({ slug: "mlops" });
  const { id } = (await gql(CREATE, { input: draft({ slug: "taken" }) })).data!.createArticle.article;
  const before = await articleCounts();

  const cases: [Record<string, unknown>, string[]][] = [
    [{ title: "   ", summary: "", body: " " }, ["input.body", "input.summary", "input.title"]],
    [{ slug: "Not A Slug" }, ["input.slug"]],
    [{ slug: "taken" }, ["input.slug"]],
    [{ title: "!!!" }, ["input.slug"]],
    [{ author: "nobody" }, ["input.author"]],
    [{ categories: ["mlops", "no-such-category"] }, ["input.categories"]],
    [{ categories: ["a", "b", "c", "d", "e", "f"] }, ["input.categories"]],
    [{ tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`) }, ["input.tags"]],
    [{ tags: ["x".repeat(41)] }, ["input.tags"]],
    [{ salaryCategory: "mlops" }, ["input.salaryCategory"]],
    [{ section: "SALARY_GUIDE", salarySeniority: "SENIOR" }, ["input.salarySeniority"]],
    [{ section: "SALARY_GUIDE", salaryCategory: "no-such-category" }, ["input.salaryCategory"]],
    [{ coverImageUrl: "http://images.example.com/a.png", coverAlt: "A picture" }, ["input.coverImageUrl"]],
    [{ coverImageUrl: "javascript:alert(1)", coverAlt: "A picture" }, ["input.coverImageUrl"]],
    [{ coverImageUrl: "https://images.example.com/a.png" }, ["input.coverAlt"]],
    [{ coverAlt: "A picture of nothing" }, ["input.coverImageUrl"]],
    [{ title: "t".repeat(ARTICLE_LIMITS.title + 1) }, ["input.title"]],
    [{ section: "OPINION" }, ["input.section"]],
  ];
  for (const [over, fields] of cases) {
    const res = await gql(CREATE, { input: draft(over) });
    expect([over, res.status === 200 || res.status === 400 ? fieldsOf(res) : res.status]).toEqual([over, fields]);
  }
  const tooLong = await gql(CREATE, { input: draft({ body: "word ".repeat(ARTICLE_LIMITS.body / 5 + 1) }) });
  expect(tooLong.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

  // The same checks on an edit, and on an unknown id.
  expect(fieldsOf(await gql(UPDATE, { id, input: { title: null, author: "nobody" } }))).toEqual(["input.title"]);
  expect(fieldsOf(await gql(UPDATE, { id, input: { author: "nobody", salaryCategory: "mlops" } }))).toEqual([
    "input.author",
    "input.salaryCategory",
  ]);
  for (const other of [toGlobalId("Article", 999_999), toGlobalId("Job", 1), "not-an-id"]) {
    expect(fieldsOf(await gql(UPDATE, { id: other, input: { title: "x" } }))).toEqual(["id"]);
    expect(fieldsOf(await gql(PUBLISH, { id: other }))).toEqual(["id"]);
    expect(fieldsOf(await gql(DELETE, { id: other }))).toEqual(["id"]);
  }
  expect(await articleCounts()).toEqual(before);
});

test("the editor's preview renders the Markdown as the page will: sanitised, glossary terms linked, with a reading time", async () => {
  const gql = await asAdmin();
  await api.make.glossaryTerm({ slug: "fine-tuning", term: "Fine-Tuning" });
  const body = `Fine-tuning a model is cheaper than you think.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n\n${"word ".repeat(500)}`;
  const res = await gql(`query ($input: ArticlePreviewInput!) { articlePreview(input: $input) { html readingTimeMinutes } }`, {
    input: { body },
  });
  expect(res.errors).toBeUndefined();
  const { html, readingTimeMinutes } = res.data!.articlePreview;
  expect(html).toContain(`<a href="${TEST_WEB_URL}/glossary/fine-tuning"`);
  expect(html).not.toContain("<script");
  expect(html).not.toMatch(/href="javascript:/i);
  expect(readingTimeMinutes).toBe(3);

  // What the preview showed is what the published page shows.
  const { id, slug } = (await gql(CREATE, { input: draft({ body }) })).data!.createArticle.article;
  await gql(PUBLISH, { id });
  expect((await api.gql(`query ($slug: String!) { article(slug: $slug) { bodyHtml } }`, { slug })).data!.article.bodyHtml).toBe(html);
});

test("admins find articles by status, section and words; deleting one leaves its text in the audit log", async () => {
  const gql = await asAdmin();
  const make = async (title: string, section: string, publish: string | null | "now") => {
    const { id } = (await gql(CREATE, { input: draft({ title, section, body: `All about ${title}.` }) })).data!.createArticle.article;
    if (publish) await gql(PUBLISH, { id, ...(publish === "now" ? {} : { at: publish }) });
    return id as string;
  };
  await make("Vector databases", "BLOG", "now");
  await make("Reinforcement learning careers", "CAREER_ADVICE", null);
  const scheduledId = await make("Quarterly hiring report", "INDUSTRY_NEWS", new Date(Date.now() + 86_400_000).toISOString());
  const titles = async (filter: Record<string, unknown>) =>
    (
      await gql(`query ($filter: AllArticlesFilter) { allArticles(first: 10, filter: $filter) { edges { node { title } } } }`, { filter })
    ).data!.allArticles.edges.map((e: { node: { title: string } }) => e.node.title);
  expect(await titles({})).toEqual(["Quarterly hiring report", "Reinforcement learning careers", "Vector databases"]);
  expect(await titles({ status: "DRAFT" })).toEqual(["Reinforcement learning careers"]);
  expect(await titles({ status: "SCHEDULED" })).toEqual(["Quarterly hiring report"]);
  expect(await titles({ status: "PUBLISHED" })).toEqual(["Vector databases"]);
  expect(await titles({ section: "BLOG" })).toEqual(["Vector databases"]);
  expect(await titles({ query: "reinforcement" })).toEqual(["Reinforcement learning careers"]);

  const res = await gql(DELETE, { id: scheduledId });
  expect(res.data!.deleteArticle).toEqual({ deletedId: scheduledId, slug: "quarterly-hiring-report" });
  expect(await titles({})).toEqual(["Reinforcement learning careers", "Vector databases"]);
  const [entry] = (await gql(AUDIT)).data!.auditLog;
  expect(entry).toMatchObject({ action: "article.delete", after: null });
  expect(entry.before).toMatchObject({ title: "Quarterly hiring report", body: "All about Quarterly hiring report." });
});

test("authors: everyone who writes, by name, for the editor's choice", async () => {
  const res = await api.gql(`{ articleAuthors { slug name } }`);
  expect(res.data!.articleAuthors).toEqual([
    { slug: "dan", name: "Dan Reyes" },
    { slug: "maya", name: "Maya Okafor" },
  ]);
});

test("admins add and edit authors; a new slug moves the author's page; bad input names its field", async () => {
  const gql = await asAdmin();
  const CREATE_AUTHOR = `mutation ($input: ArticleAuthorInput!) { createArticleAuthor(input: $input) { author { slug name bio url } } }`;
  const UPDATE_AUTHOR = `mutation ($slug: String!, $input: ArticleAuthorInput!) { updateArticleAuthor(slug: $slug, input: $input) { author { slug name bio url } } }`;
  const created = await gql(CREATE_AUTHOR, { input: { name: "  Priya Natarajan ", bio: "Writes about evaluation." } });
  expect(created.data!.createArticleAuthor.author).toEqual({
    slug: "priya-natarajan",
    name: "Priya Natarajan",
    bio: "Writes about evaluation.",
    url: `${TEST_WEB_URL}/authors/priya-natarajan`,
  });
  // The new author writes at once.
  const { id } = (await gql(CREATE, { input: draft({ author: "priya-natarajan" }) })).data!.createArticle.article;
  await gql(PUBLISH, { id });

  const before = await count("article_authors");
  expect(fieldsOf(await gql(CREATE_AUTHOR, { input: { name: "Maya", slug: "maya", bio: "Again." } }))).toEqual(["input.slug"]);
  expect(fieldsOf(await gql(CREATE_AUTHOR, { input: { name: " ", bio: "" } }))).toEqual(["input.bio", "input.name"]);
  expect(fieldsOf(await gql(CREATE_AUTHOR, { input: { slug: "x" } }))).toEqual(["input.bio", "input.name"]);
  expect(fieldsOf(await gql(CREATE_AUTHOR, { input: { name: "A", bio: "b".repeat(601) } }))).toEqual(["input.bio"]);
  expect(fieldsOf(await gql(UPDATE_AUTHOR, { slug: "nobody", input: { bio: "x" } }))).toEqual(["slug"]);
  expect(fieldsOf(await gql(UPDATE_AUTHOR, { slug: "priya-natarajan", input: { slug: "dan" } }))).toEqual(["input.slug"]);
  expect(await count("article_authors")).toBe(before);

  const moved = await gql(UPDATE_AUTHOR, { slug: "priya-natarajan", input: { slug: "priya", bio: "Evaluation and MLOps." } });
  expect(moved.data!.updateArticleAuthor.author).toMatchObject({ slug: "priya", name: "Priya Natarajan", bio: "Evaluation and MLOps." });
  const page = await api.gql(
    `{ articleAuthor(slug: "priya") { name articles { slug } } old: articleAuthor(slug: "priya-natarajan") { name } }`,
  );
  expect(page.data).toEqual({
    articleAuthor: {
      name: "Priya Natarajan",
      articles: [
        {
          slug: draft()
            .title.toLowerCase()
            .replace(/[^a-z0-9]+/g, "-"),
        },
      ],
    },
    old: null,
  });
  const entries = (await gql(`{ auditLog(targetType: "ArticleAuthor") { action before after } }`)).data!.auditLog;
  expect(entries.map((e: { action: string }) => e.action)).toEqual(["articleAuthor.update", "articleAuthor.create"]);
  expect(entries[0].before).toMatchObject({ slug: "priya-natarajan", bio: "Writes about evaluation." });
});
