import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/** What every template gives the outbox: the subject and both parts of one message. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** react-email's doctype: XHTML 1.0 Transitional is what mail clients render most alike. */
const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * An email's HTML, rendered synchronously: react-email's own render() is async (a digest run renders
 * thousands) and loads react-dom through a dynamic import() that Jest cannot run.
 */
export function renderHtml(email: ReactElement): string {
  return DOCTYPE + renderToStaticMarkup(email);
}

/** What React writes for `&`, `<`, `>`, `"` and `'` in text and attribute values alike (react-dom's escapeTextForBrowser). */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A template rendered once, with a marker in each slot, and filled many times by joining strings: for
 * emails sent by the thousand (a digest run), where React's render per message would cost ~0.5 ms.
 * Slots take display-ready strings (the template must not transform them), escaped as React would,
 * except `raw` slots, which take markup rendered elsewhere. Tests hold the filled output to React's own.
 */
export function compileTemplate<K extends string>(
  keys: readonly K[],
  element: (slots: Record<K, string>) => ReactElement,
  { raw = [], document = false }: { raw?: readonly K[]; document?: boolean } = {},
): (values: Record<K, string>) => string {
  const slots = Object.fromEntries(keys.map((k, i) => [k, `\uE000${i}\uE001`])) as Record<K, string>;
  const markup = document ? renderHtml(element(slots)) : renderToStaticMarkup(element(slots));
  const parts = markup.split(/\uE000(\d+)\uE001/);
  const unescaped = new Set<K>(raw);
  return (values) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const key = keys[Number(parts[i])];
      out += (unescaped.has(key) ? values[key] : escapeHtml(values[key])) + parts[i + 1];
    }
    return out;
  };
}

/**
 * Someone else's words on one line, for a subject (a header) or the text part, where a newline in a
 * job title or a search could otherwise pass for a line, or a link, of our own; without bidi controls.
 */
export function oneLine(value: string): string {
  return value.replace(BIDI_CONTROLS, "").replace(/\s+/g, " ").trim();
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): inside someone
 * else's words they would turn the rest of our own sentence around (a job title ending in U+202E
 * printed "…nalp cisaB eht no" in the invoice email). The words themselves keep their letters.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
