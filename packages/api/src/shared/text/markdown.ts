import { LRUCache } from "lru-cache";
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Raw HTML in Markdown is escaped, not rendered; markdown-it already refuses javascript:/vbscript:/data: links.
const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel", "target"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // Headings in a job description sit below the page's own h1.
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer", target: "_blank" }),
  },
};

/**
 * What has been rendered, by its Markdown: rendering and sanitising is the costliest part of a job
 * page, and a text renders the same every time, so each distinct text (each version of a job's
 * description) is rendered once per process. Bounded by size (Markdown plus HTML, in UTF-16 units).
 */
const rendered = new LRUCache<string, string>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (html, markdown) => 1 + html.length + markdown.length,
});

/** Markdown to HTML that is safe to put in a page: no scripts, no event handlers, no script links. */
export function markdownToSafeHtml(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = sanitizeHtml(md.render(markdown), SANITIZE);
    rendered.set(markdown, html);
  }
  return html;
}
