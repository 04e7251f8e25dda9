import { markdownToSafeHtml } from "./markdown";

describe("markdownToSafeHtml", () => {
  test("renders Markdown", () => {
    const html = markdownToSafeHtml("## About\n\n- **PyTorch**\n- [docs](https://pytorch.org)");
    expect(html).toContain("<h2>About</h2>");
    expect(html).toContain("<strong>PyTorch</strong>");
    expect(html).toContain('<a href="https://pytorch.org" rel="nofollow noopener noreferrer" target="_blank">docs</a>');
  });

  test.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    '<div onclick="steal()">hi</div>',
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
  ])("strips hostile markup: %s", (hostile) => {
    const html = markdownToSafeHtml(`Hello\n\n${hostile}\n\nBye`);
    expect(html).not.toMatch(/<(script|img|iframe|div)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
    expect(html).toContain("Hello");
    expect(html).toContain("Bye");
  });
});
