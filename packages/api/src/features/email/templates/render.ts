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

/**
 * Someone else's words on one line, for a subject (a header) or the text part, where a newline in a
 * job title or a search could otherwise pass for a line, or a link, of our own.
 */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
