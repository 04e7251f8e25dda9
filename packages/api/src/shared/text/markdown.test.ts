import { markdownToSafeHtml } from "./markdown";

describe("markdownToSafeHtml", () => {
  test("renders Markdown", () => {
    const html = markdownToSafeHtml("## About\n\n- **PyTorch**\n- [docs](https://pytorch.org)");
    expect(html).toContain("<h2>About</h2>");
    expect(html).toContain("<strong>PyTorch</strong>");
    expect(html).toContain('<a href="https://pytorch.org" rel="nofollow noopener noreferrer" target="_blank">docs</a>');
  });

  test.each([
    ["<script>alert(1)</script>", /<script/i],
    ['<img src=x onerror="alert(1)">', /<img|onerror=/i],
    ["[click](javascript:alert(1))", /href="javascript:/i],
    ["[click](JaVaScRiPt:alert(1))", /href="javascript:/i],
    ['<a href="javascript:alert(1)">x</a>', /<a /i],
    ["<iframe src=//evil.example></iframe>", /<iframe/i],
    ['<div onclick="steal()">hi</div>', /<div/i],
    ["[x](data:text/html;base64,PHNjcmlwdD4=)", /href="data:/i],
  ])("strips hostile markup: %s", (hostile, forbidden) => {
    const html = markdownToSafeHtml(`Hello\n\n${hostile}\n\nBye`);
    expect(html).not.toMatch(forbidden);
    expect(html).toContain("Hello");
    expect(html).toContain("Bye");
  });
});
