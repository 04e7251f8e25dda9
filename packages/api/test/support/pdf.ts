import { execFile } from "node:child_process";

/**
 * The text of a PDF, as pdf-parse (pdf.js) reads it. It runs in a child Node process: pdf.js loads its
 * worker with a dynamic import(), which Jest's module system does not allow.
 */
export function pdfText(pdf: Uint8Array): Promise<string> {
  const script = `
    const { PDFParse } = require(${JSON.stringify(require.resolve("pdf-parse"))});
    const chunks = [];
    process.stdin.on("data", (c) => chunks.push(c));
    process.stdin.on("end", async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const { text } = await parser.getText();
      await parser.destroy();
      process.stdout.write(text);
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ["-e", script], { maxBuffer: 10_000_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`pdf-parse failed: ${stderr || error.message}`)) : resolve(stdout),
    );
    child.stdin!.end(Buffer.from(pdf));
  });
}
