import type { IncomingHttpHeaders } from "node:http";
import { isIPv4 } from "node:net";
import express from "express";
import helmet from "helmet";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { EmailMessage } from "../features/email/email-message.entity";
import { linksIn } from "../features/email";
import { normaliseEmail } from "../shared/text/email";

/** Headers a proxy adds: a request carrying one did not come straight from this machine, whatever its socket says. */
const PROXY_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip"];

/** 127.0.0.0/8, ::1, and 127.x as IPv6 sockets report it (::ffff:127.0.0.1). */
function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  return (isIPv4(v4) && v4.startsWith("127.")) || address === "::1";
}

/** The Host a browser on this machine sends; any other name is a site that rebound its DNS to 127.0.0.1. */
function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = (host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d*$/, "")).toLowerCase();
  return name === "localhost" || name === "[::1]" || (isIPv4(name) && name.startsWith("127."));
}

/**
 * Whether a request came from this machine, straight to the API: its TCP peer is loopback (the
 * socket's own address, never req.ip or X-Forwarded-For, which a client or TRUST_PROXY decides),
 * no proxy passed it on, and it names this machine as its Host.
 */
export function isLocalDirect(req: { socket: { remoteAddress?: string }; headers: IncomingHttpHeaders }): boolean {
  return (
    isLoopback(req.socket.remoteAddress) && isLoopbackHost(req.headers.host) && PROXY_HEADERS.every((h) => req.headers[h] === undefined)
  );
}

/** Its own pages' inline styles and the HTML part's (a srcdoc frame inherits this policy); nothing runs, nothing loads. */
const mailboxCsp = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    "default-src": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'none'"],
  },
});

const LIST_SIZE = 100;
const LATEST_DEFAULT = 20;

/**
 * The developer's mailbox at /dev/mailbox: the outbox as a webmail, for machines without SMTP_URL
 * (and for browser tests, /dev/mailbox/latest.json). It exists because these messages hold sign-in,
 * verification and reset links: only requests from this machine, straight to the API, see it (any
 * other gets the API's ordinary 404), and createHttpApp never mounts it in production.
 */
export function devMailbox(ds: DataSource, config: Pick<Config, "MAIL_FROM">): express.Router {
  const router = express.Router();
  const outbox = ds.getRepository(EmailMessage);
  const newest = { createdAt: "DESC", id: "DESC" } as const;

  router.use((req, res, next) => {
    if (!isLocalDirect(req)) return next("router");
    res.set("Cache-Control", "no-store");
    mailboxCsp(req, res, next);
  });

  router.get("/", async (req, res) => {
    const messages = await outbox.find({ order: newest, take: LIST_SIZE });
    const rows = messages.map(
      (m) =>
        `<tr><td>${when(m.createdAt)}</td><td>${esc(m.to)}</td><td><a href="${esc(`${req.baseUrl}/${m.id}`)}">${esc(m.subject)}</a></td>` +
        `<td>${esc(m.kind)}</td><td>${esc(m.status)}</td></tr>`,
    );
    const table = rows.length
      ? `<table><thead><tr><th>When</th><th>To</th><th>Subject</th><th>Kind</th><th>Status</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
      : "<p>No emails yet.</p>";
    res.type("html").send(page("Mailbox", `<h1>Mailbox</h1><p class="muted">The newest ${LIST_SIZE} emails in the outbox.</p>${table}`));
  });

  router.get("/latest.json", async (req, res) => {
    const to = typeof req.query.to === "string" && req.query.to.trim() ? normaliseEmail(req.query.to) : undefined;
    const limit = Math.min(Math.max(Number(req.query.limit) || LATEST_DEFAULT, 1), LIST_SIZE);
    const messages = await outbox.find({ where: to ? { to } : {}, order: newest, take: limit });
    res.json(
      messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        headers: m.headers,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        links: linksIn(m.text),
      })),
    );
  });

  router.get("/:id", async (req, res, next) => {
    const id = /^\d{1,9}$/.test(req.params.id) ? Number(req.params.id) : null;
    const m = id === null ? null : await outbox.findOneBy({ id });
    if (!m) return next("router");
    const headers: [string, string][] = [
      ["From", config.MAIL_FROM],
      ["To", m.to],
      ["Subject", m.subject],
      ["Date", m.createdAt.toUTCString()],
      ...Object.entries(m.headers),
    ];
    const status = [m.kind, m.status, `${m.attempts} attempt${m.attempts === 1 ? "" : "s"}`, m.lastError].filter(Boolean).join(" · ");
    const body = [
      `<p><a href="${esc(req.baseUrl)}">← Mailbox</a></p>`,
      `<h1>${esc(m.subject)}</h1>`,
      `<table class="headers">${headers.map(([name, value]) => `<tr><th>${esc(name)}</th><td>${esc(value)}</td></tr>`).join("")}</table>`,
      `<p class="muted">${esc(status)}</p>`,
      "<h2>HTML part</h2>",
      m.html
        ? // No scripts, no same origin; links open in a new tab.
          `<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" srcdoc="${esc(linksInNewTab(m.html))}"></iframe>`
        : '<p class="muted">None.</p>',
      "<h2>Text part</h2>",
      `<pre>${linkify(m.text)}</pre>`,
    ];
    res.type("html").send(page(m.subject, body.join("\n")));
  });

  return router;
}

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const when = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/** The HTML part with `<base target="_blank">`, so its links open (a sandboxed frame can't navigate itself away). */
function linksInNewTab(html: string): string {
  const base = '<base target="_blank">';
  return /<head(\s[^>]*)?>/i.test(html) ? html.replace(/<head(\s[^>]*)?>/i, (head) => head + base) : base + html;
}

/** The text part, escaped, with every link clickable. */
function linkify(text: string): string {
  let html = "";
  let at = 0;
  for (const url of linksIn(text)) {
    const start = text.indexOf(url, at);
    html += `${esc(text.slice(at, start))}<a href="${esc(url)}" target="_blank" rel="noopener">${esc(url)}</a>`;
    at = start + url.length;
  }
  return html + esc(text.slice(at));
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · HiredinAI dev mailbox</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; color: #111827; margin: 24px auto; max-width: 960px; padding: 0 16px; }
  a { color: #4f46e5; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid #e5e7eb; }
  .headers th { width: 12em; color: #6b7280; font-weight: 500; }
  .headers td { word-break: break-all; }
  .muted { color: #6b7280; }
  iframe { width: 100%; height: 640px; border: 1px solid #e5e7eb; border-radius: 6px; }
  pre { white-space: pre-wrap; word-break: break-all; background: #f9fafb; border: 1px solid #e5e7eb; border-radius: 6px; padding: 12px; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
