import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";

const PREFIX = "\0typed-document:";
/** One line of the client preset's output: `export const NameDocument = {…JSON…} as unknown as DocumentNode<…>;` */
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

/**
 * Serves each typed document of the codegen output (`src/generated/graphql.ts`) as a module of its
 * own, in production builds only. The client preset writes every operation and fragment into that one
 * file, and a bundler puts a module in one chunk whole, so every route would load every document.
 * Split, a chunk carries just the documents its components use (the Babel plugin in vite.config.ts
 * has each `graphql()` call import its document by name). The generated file itself is unchanged.
 */
export function typedDocumentsPerModule(generatedFile: string): Plugin {
  const file = resolve(generatedFile);
  const documents = new Map<string, string>();
  return {
    name: "hiredinai:typed-documents-per-module",
    apply: "build",
    enforce: "pre",
    load(id) {
      if (id.startsWith(PREFIX)) {
        const name = id.slice(PREFIX.length);
        return `export const ${name} = ${documents.get(name)};`;
      }
      if (id !== file) return null;
      const lines = readFileSync(file, "utf8")
        .split("\n")
        .map((line) => {
          const match = DOCUMENT_LINE.exec(line);
          if (!match) return line;
          const [, name, json] = match as unknown as [string, string, string];
          JSON.parse(json); // the preset writes plain JSON; anything else stays where it is
          documents.set(name, json);
          return `export { ${name} } from ${JSON.stringify(PREFIX + name)};`;
        });
      if (documents.size === 0) this.error(`no typed documents found in ${file}: has the codegen output changed shape?`);
      return lines.join("\n");
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
  };
}
