import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { bearer, makeUser, sessionFor } from "../../../test/support/accounts";
import { freePort } from "../../../test/support/free-port";
import { eventually } from "../../../test/support/processes";
import { useTestApi, type GraphQLResponse } from "../../../test/support/test-api";
import { toGlobalId } from "../../shared/graphql/global-id";
import { Role } from "../accounts";

const api = useTestApi();

const TERM_FIELDS = `id slug term aliases shortDefinition body howItWorks careerRelevance
  faqs { question answer } relatedTerms { slug } relatedCategory { slug }`;
const CREATE = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { glossaryTerm { ${TERM_FIELDS} } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateGlossaryTermInput!) { updateGlossaryTerm(id: $id, input: $input) { glossaryTerm { ${TERM_FIELDS} } } }`;
const DELETE = `mutation ($id: ID!) { deleteGlossaryTerm(id: $id) { deletedId slug } }`;
const PUBLIC_TERM = `query ($slug: String!) { glossaryTerm(slug: $slug) { ${TERM_FIELDS} } }`;
const AUDIT = `{ auditLog(targetType: "GlossaryTerm") { action actorEmail targetType targetId before after } }`;

const count = async (table: string) => Number((await api.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

/** Every table a glossary write touches, counted. */
const glossaryCounts = async () => ({
  terms: await count("glossary_terms"),
  faqs: await count("glossary_faqs"),
  related: await count("glossary_related_terms"),
  audit: await count("audit_log"),
});

async function asAdmin() {
  const admin = await makeUser(api.ds, { role: Role.ADMIN, email: "admin@example.com" });
  const headers = bearer(await sessionFor(api.ds, admin));
  return { admin, gql: (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, headers) };
}

/** The fields a BAD_USER_INPUT names (200 when refused by a resolver, 400 when refused before anything ran; never a 500). */
function fieldsOf(res: GraphQLResponse): string[] {
  expect([200, 400]).toContain(res.status);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  return (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
}

const minimal = (over: Record<string, unknown> = {}) => ({
  term: "Mixture of Experts",
  shortDefinition: "A model made of many expert sub-networks, a few of which handle each input.",
  body: "A router picks experts per token.\n\nOnly those run, so the model is large but each step is cheap.",
  ...over,
});

describe("creating a term", () => {
  test("with every field: the public read shows it at once, and the audit log has it with no 'before'", async () => {
    const { gql } = await asAdmin();
    const category = await api.make.category({ slug: "generative-ai" });
    await api.make.glossaryTerm({ slug: "transformer", term: "Transformer" });
    await api.make.glossaryTerm({ slug: "sparsity", term: "Sparsity" });
    const res = await gql(CREATE, {
      input: minimal({
        slug: "moe",
        aliases: [" MoE ", "moe", "Mixture of Experts", "Sparse MoE"],
        howItWorks: "  A gating network scores the experts.  ",
        careerRelevance: "Common in frontier labs.",
        relatedCategory: "generative-ai",
        faqs: [
          { question: "Is it one model?", answer: "Yes, trained together." },
          { question: "Why?", answer: "Compute per token." },
        ],
        relatedTerms: ["sparsity", "transformer"],
      }),
    });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createGlossaryTerm.glossaryTerm;
    expect(created).toMatchObject({
      slug: "moe",
      term: "Mixture of Experts",
      howItWorks: "A gating network scores the experts.",
      relatedCategory: { slug: category.slug },
      relatedTerms: [{ slug: "sparsity" }, { slug: "transformer" }],
      faqs: [
        { question: "Is it one model?", answer: "Yes, trained together." },
        { question: "Why?", answer: "Compute per token." },
      ],
    });

    const read = await api.gql(PUBLIC_TERM, { slug: "moe" });
    expect(read.data!.glossaryTerm).toEqual(created);
    // Aliases are trimmed and kept once, any case, without the term's own name: they link job descriptions.
    expect(created.aliases).toEqual(["MoE", "Sparse MoE"]);
    const [row] = await api.ds.query(`SELECT id FROM glossary_terms WHERE slug = 'moe'`);
    expect(created.id).toBe(toGlobalId("GlossaryTerm", row.id));

    const audit = await gql(AUDIT);
    expect(audit.data!.auditLog).toEqual([
      {
        action: "glossaryTerm.create",
        actorEmail: "admin@example.com",
        targetType: "GlossaryTerm",
        targetId: String(row.id),
        before: null,
        after: expect.objectContaining({
          slug: "moe",
          term: "Mixture of Experts",
          aliases: ["MoE", "Sparse MoE"],
          relatedCategory: "generative-ai",
          relatedTerms: ["sparsity", "transformer"],
          faqs: [
            { question: "Is it one model?", answer: "Yes, trained together." },
            { question: "Why?", answer: "Compute per token." },
          ],
        }),
      },
    ]);
  });

  test("without a slug, one is made from the term; a clash with another term's slug is refused beside the slug", async () => {
    const { gql } = await asAdmin();
    const made = await gql(CREATE, { input: minimal({ term: "Retrieval-Augmented Generation (RAG)" }) });
    expect(made.errors).toBeUndefined();
    expect(made.data!.createGlossaryTerm.glossaryTerm.slug).toBe("retrieval-augmented-generation-rag");

    const before = await glossaryCounts();
    const clash = await gql(CREATE, { input: minimal({ term: "Retrieval augmented generation, RAG" }) });
    expect(fieldsOf(clash)).toEqual(["input.slug"]);
    expect(clash.errors![0].extensions!.fields[0].message).toMatch(/already has this slug/);
    const symbols = await gql(CREATE, { input: minimal({ term: "∑∏" }) });
    expect(fieldsOf(symbols)).toEqual(["input.slug"]);
    expect(await glossaryCounts()).toEqual(before);
  });

  test("bad input names every field at fault, at once, and writes nothing", async () => {
    const { gql } = await asAdmin();
    await api.make.glossaryTerm({ slug: "large-language-model", term: "Large Language Model", aliases: ["LLM"] });
    const before = await glossaryCounts();
    const res = await gql(CREATE, {
      input: minimal({
        term: "   ",
        slug: "Not A Slug",
        shortDefinition: "x".repeat(501),
        aliases: ["", "y".repeat(101)],
        faqs: [{ question: "Q?", answer: "" }],
      }),
    });
    expect(fieldsOf(res)).toEqual(
      expect.arrayContaining(["input.term", "input.slug", "input.shortDefinition", "input.aliases", "input.faqs.0.answer"]),
    );
    // Rules that need the database, all reported together too.
    const refs = await gql(CREATE, {
      input: minimal({
        term: "large language model",
        slug: "llm-again",
        aliases: ["LLM"],
        relatedCategory: "no-such-category",
        relatedTerms: ["large-language-model", "no-such-term", "llm-again", "large-language-model"],
      }),
    });
    expect(fieldsOf(refs).sort()).toEqual(["input.aliases", "input.relatedCategory", "input.relatedTerms", "input.term"]);
    const messages = Object.fromEntries(refs.errors![0].extensions!.fields.map((f: any) => [f.field, f.message]));
    expect(messages["input.aliases"]).toMatch(/“LLM” names “Large Language Model”/);
    expect(messages["input.relatedTerms"]).toMatch(/itself.*listed twice.*“no-such-term”/);
    // A body over its limit, and a list over its limit.
    const long = await gql(CREATE, {
      input: minimal({ body: "z".repeat(20_001), relatedTerms: Array.from({ length: 21 }, (_, i) => `t-${i}`) }),
    });
    expect(fieldsOf(long)).toEqual(expect.arrayContaining(["input.body"]));
    expect(await glossaryCounts()).toEqual(before);
  });

  test("two admins creating the same term at once: one gets it, the other is told beside the field, never a 500", async () => {
    const { gql } = await asAdmin();
    const results = await Promise.all([1, 2, 3].map(() => gql(CREATE, { input: minimal({ slug: "same" }) })));
    const outcomes = results.map((res) =>
      res.errors ? res.errors.map((e) => `${e.extensions?.code} ${e.extensions?.fields?.[0]?.field}`).join() : "OK",
    );
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o !== "OK")) expect(o).toMatch(/^BAD_USER_INPUT input\.(slug|term)$/);
    expect(await glossaryCounts()).toMatchObject({ terms: 1, audit: 1 });
  });

  test("a body up to 20,000 characters is accepted (longer than the API's default string limit)", async () => {
    const { gql } = await asAdmin();
    const res = await gql(CREATE, { input: minimal({ body: "word ".repeat(3_999) + "end." }) });
    expect(res.errors).toBeUndefined();
  });
});

describe("updating a term", () => {
  test("changes only the fields given, null clears, lists replace; the public read and the audit show before and after", async () => {
    const { gql } = await asAdmin();
    await api.make.category({ slug: "nlp" });
    const a = await api.make.glossaryTerm({ slug: "a", term: "Alpha" });
    const b = await api.make.glossaryTerm({ slug: "b", term: "Beta" });
    const term = await api.make.glossaryTerm({
      slug: "embedding",
      term: "Embedding",
      howItWorks: "Vectors.",
      careerRelevance: "Everywhere.",
      faqs: [{ question: "Old?", answer: "Old." }],
      related: [a],
    });
    const id = toGlobalId("GlossaryTerm", term.id);
    const res = await gql(UPDATE, {
      id,
      input: {
        shortDefinition: "A list of numbers that stands for a thing.",
        howItWorks: null,
        relatedCategory: "nlp",
        faqs: [{ question: "New?", answer: "New." }],
        relatedTerms: ["b", "a"],
      },
    });
    expect(res.errors).toBeUndefined();
    const read = (await api.gql(PUBLIC_TERM, { slug: "embedding" })).data!.glossaryTerm;
    expect(read).toEqual(res.data!.updateGlossaryTerm.glossaryTerm);
    expect(read).toMatchObject({
      term: "Embedding",
      shortDefinition: "A list of numbers that stands for a thing.",
      howItWorks: null,
      careerRelevance: "Everywhere.",
      relatedCategory: { slug: "nlp" },
      faqs: [{ question: "New?", answer: "New." }],
      relatedTerms: [{ slug: b.slug }, { slug: a.slug }],
    });
    const [entry] = (await gql(AUDIT)).data!.auditLog;
    expect(entry).toMatchObject({
      action: "glossaryTerm.update",
      targetId: String(term.id),
      before: { howItWorks: "Vectors.", relatedCategory: null, faqs: [{ question: "Old?", answer: "Old." }], relatedTerms: ["a"] },
      after: { howItWorks: null, relatedCategory: "nlp", faqs: [{ question: "New?", answer: "New." }], relatedTerms: ["b", "a"] },
    });
  });

  test("a new slug moves the term: the old address reads null; a change that changes nothing writes nothing", async () => {
    const { gql } = await asAdmin();
    const term = await api.make.glossaryTerm({ slug: "old-slug", term: "Tokenizer" });
    const id = toGlobalId("GlossaryTerm", term.id);
    expect((await gql(UPDATE, { id, input: { slug: "tokenizer" } })).errors).toBeUndefined();
    expect((await api.gql(PUBLIC_TERM, { slug: "old-slug" })).data!.glossaryTerm).toBeNull();
    expect((await api.gql(PUBLIC_TERM, { slug: "tokenizer" })).data!.glossaryTerm.term).toBe("Tokenizer");
    const before = await glossaryCounts();
    const same = await gql(UPDATE, { id, input: { term: "Tokenizer", slug: "tokenizer" } });
    expect(same.errors).toBeUndefined();
    expect(await glossaryCounts()).toEqual(before);
  });

  test("required fields can't be cleared; clashes, unknown and malformed ids are refused beside their field, writing nothing", async () => {
    const { gql } = await asAdmin();
    const term = await api.make.glossaryTerm({ slug: "one", term: "One" });
    await api.make.glossaryTerm({ slug: "two", term: "Two", aliases: ["2"] });
    const id = toGlobalId("GlossaryTerm", term.id);
    const before = await glossaryCounts();
    expect(fieldsOf(await gql(UPDATE, { id, input: { term: null, body: null } })).sort()).toEqual(["input.body", "input.term"]);
    expect(fieldsOf(await gql(UPDATE, { id, input: { slug: "two" } }))).toEqual(["input.slug"]);
    expect(fieldsOf(await gql(UPDATE, { id, input: { term: "TWO" } }))).toEqual(["input.term"]);
    expect(fieldsOf(await gql(UPDATE, { id, input: { aliases: ["2"] } }))).toEqual(["input.aliases"]);
    expect(fieldsOf(await gql(UPDATE, { id, input: { relatedTerms: ["one"] } }))).toEqual(["input.relatedTerms"]);
    expect(fieldsOf(await gql(UPDATE, { id: toGlobalId("GlossaryTerm", 999_999), input: { term: "X" } }))).toEqual(["id"]);
    expect(fieldsOf(await gql(UPDATE, { id: toGlobalId("Job", term.id), input: { term: "X" } }))).toEqual(["id"]);
    expect(fieldsOf(await gql(UPDATE, { id: "nonsense", input: { term: "X" } }))).toEqual(["id"]);
    expect(await glossaryCounts()).toEqual(before);
    expect((await api.gql(PUBLIC_TERM, { slug: "one" })).data!.glossaryTerm.term).toBe("One");
  });
});

describe("deleting a term", () => {
  test("removes it, its FAQs and other terms' links to it; the audit keeps all of it, and who linked to it", async () => {
    const { gql } = await asAdmin();
    const doomed = await api.make.glossaryTerm({ slug: "doomed", term: "Doomed", faqs: [{ question: "Q?", answer: "A." }] });
    await api.make.glossaryTerm({ slug: "linker", term: "Linker", related: [doomed] });
    const res = await gql(DELETE, { id: toGlobalId("GlossaryTerm", doomed.id) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteGlossaryTerm).toEqual({ deletedId: toGlobalId("GlossaryTerm", doomed.id), slug: "doomed" });
    expect((await api.gql(PUBLIC_TERM, { slug: "doomed" })).data!.glossaryTerm).toBeNull();
    expect((await api.gql(PUBLIC_TERM, { slug: "linker" })).data!.glossaryTerm.relatedTerms).toEqual([]);
    expect(await count("glossary_faqs")).toBe(0);
    const [entry] = (await gql(AUDIT)).data!.auditLog;
    expect(entry).toMatchObject({
      action: "glossaryTerm.delete",
      targetId: String(doomed.id),
      after: null,
      before: { slug: "doomed", faqs: [{ question: "Q?", answer: "A." }], linkedFrom: ["linker"] },
    });
    // Once gone, it can't be deleted again.
    expect(fieldsOf(await gql(DELETE, { id: toGlobalId("GlossaryTerm", doomed.id) }))).toEqual(["id"]);
  });
});

describe("job descriptions link the glossary as it is now", () => {
  const JOB_TERMS = `{ job(slug: "moe-job") { glossaryTerms { slug } } }`;
  const linked = async () => ((await api.gql(JOB_TERMS)).data!.job.glossaryTerms as { slug: string }[]).map((t) => t.slug);

  test("a created term, a new alias and a deletion show on the next read", async () => {
    const { gql } = await asAdmin();
    await api.make.job({ slug: "moe-job", description: "We train sparse MoE models with a router." });
    expect(await linked()).toEqual([]);
    const created = await gql(CREATE, { input: minimal({ slug: "moe", aliases: ["MoE"] }) });
    const id = created.data!.createGlossaryTerm.glossaryTerm.id as string;
    expect(await linked()).toEqual(["moe"]);
    const router = await gql(CREATE, { input: minimal({ term: "Gating network", slug: "gating-network" }) });
    expect(await linked()).toEqual(["moe"]);
    await gql(UPDATE, { id: router.data!.createGlossaryTerm.glossaryTerm.id, input: { aliases: ["router"] } });
    expect(await linked()).toEqual(["gating-network", "moe"]);
    await gql(DELETE, { id });
    expect(await linked()).toEqual(["gating-network"]);
  });

  test("another API process sees a change on its very next read: nothing about terms is kept per process", async () => {
    const { gql } = await asAdmin();
    await api.make.job({ slug: "moe-job", description: "We train sparse MoE models." });
    const port = await freePort();
    let output = "";
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/main.ts"], {
      cwd: resolve(__dirname, "../../.."),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "test",
        PORT: String(port),
        DATABASE_URL: (api.ds.options as { url: string }).url,
        SEED: "false",
        LOG_LEVEL: "warn",
        RATE_LIMIT_ANONYMOUS: "1000000",
      },
    });
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    try {
      const other = async (query: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        return ((await res.json()) as { data: any }).data;
      };
      await eventually(async () => {
        if (child.exitCode != null) throw new Error(`the second API exited:\n${output}`);
        await other("{ __typename }");
      }, 120_000);
      // The other process reads the glossary first (any memo it had would now hold the old list)...
      expect((await other(JOB_TERMS)).job.glossaryTerms).toEqual([]);
      expect((await other(`{ glossaryTerm(slug: "moe") { term } }`)).glossaryTerm).toBeNull();
      // ...then this one changes it, and the other's very next reads show the change.
      const created = await gql(CREATE, { input: minimal({ slug: "moe", aliases: ["MoE"] }) });
      expect((await other(JOB_TERMS)).job.glossaryTerms).toEqual([{ slug: "moe" }]);
      expect((await other(`{ glossaryTerm(slug: "moe") { term } }`)).glossaryTerm).toEqual({ term: "Mixture of Experts" });
      await gql(UPDATE, { id: created.data!.createGlossaryTerm.glossaryTerm.id, input: { term: "Sparse Mixture of Experts" } });
      expect((await other(`{ glossaryTerm(slug: "moe") { term } }`)).glossaryTerm).toEqual({ term: "Sparse Mixture of Experts" });
      await gql(DELETE, { id: created.data!.createGlossaryTerm.glossaryTerm.id });
      expect((await other(JOB_TERMS)).job.glossaryTerms).toEqual([]);
    } finally {
      await new Promise<void>((done) => {
        if (child.exitCode != null) return done();
        child.on("exit", () => done());
        child.kill("SIGTERM");
      });
    }
  });
});
