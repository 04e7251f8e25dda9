import { termLinker, termMatcher } from "./glossary-matcher";

const terms = [
  { id: 1, names: ["Retrieval-Augmented Generation", "RAG"] },
  { id: 2, names: ["Transformer"] },
  { id: 3, names: ["Vision Transformer"] },
  { id: 4, names: ["Large Language Model", "LLM"] },
];

test.each([
  ["We build RAG pipelines.", [1]],
  ["A fragmented stack: drag and drop.", []],
  ["Transformers and transformer models.", [2]],
  ["Our Vision Transformer work.", [3]],
  ["Vision Transformers and a plain Transformer.", [3, 2]],
  ["large language models (LLMs) at scale", [4]],
  ["retrieval-augmented generation", [1]],
  ["", []],
])("%j mentions %j", (text, ids) => {
  expect(termMatcher(terms)(text)).toEqual(ids);
});

test("names with regex characters are matched literally", () => {
  expect(termMatcher([{ id: 9, names: ["k.n.n"] }])("kXnXn")).toEqual([]);
});

test("an empty glossary matches nothing", () => {
  expect(termMatcher([])("anything at all")).toEqual([]);
});

describe("termLinker", () => {
  const link = termLinker(terms, (id) => `https://hiredin.test/glossary/term-${id}`);
  const a = (id: number, words: string) => `<a href="https://hiredin.test/glossary/term-${id}" class="glossary-term">${words}</a>`;

  test("links each term's first mention only, keeping the words as written", () => {
    expect(link("<p>We use RAG. RAG again, and Retrieval-Augmented Generation too.</p><p>LLMs and an LLM.</p>")).toBe(
      `<p>We use ${a(1, "RAG")}. RAG again, and Retrieval-Augmented Generation too.</p><p>${a(4, "LLMs")} and an LLM.</p>`,
    );
  });

  test("the longest name wins, and a term within another is not linked inside it", () => {
    expect(link("<p>Vision Transformers beat a Transformer.</p>")).toBe(
      `<p>${a(3, "Vision Transformers")} beat a ${a(2, "Transformer")}.</p>`,
    );
  });

  test("text in links, code and headings is left alone; the next mention elsewhere is linked", () => {
    expect(
      link(
        '<h2>RAG at work</h2><p><a href="https://x.example">our RAG</a> and <code>RAG()</code> and <strong>RAG</strong>.</p><pre><code>LLM</code></pre><p>LLM</p>',
      ),
    ).toBe(
      `<h2>RAG at work</h2><p><a href="https://x.example">our RAG</a> and <code>RAG()</code> and <strong>${a(1, "RAG")}</strong>.</p><pre><code>LLM</code></pre><p>${a(4, "LLM")}</p>`,
    );
  });

  test("attributes are never touched, and HTML with no terms is unchanged", () => {
    const html = '<p><a href="https://rag.example/RAG" title="RAG">link</a></p><ol start="2"><li>nothing here &amp; more</li></ol>';
    expect(link(html)).toBe(html);
  });
});
