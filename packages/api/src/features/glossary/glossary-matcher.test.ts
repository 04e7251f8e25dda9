import { termMatcher } from "./glossary-matcher";

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
