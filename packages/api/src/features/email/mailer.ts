import { createTransport, type NodemailerError } from "nodemailer";
import type { Logger } from "../../shared/log/logger";

/**
 * What became of one message: sent; refused for now (the server down, slow, or a 4xx: try again
 * later); refused for good (a 5xx such as 550 on RCPT TO: a bounce, never retried); or nowhere to
 * send it (no SMTP_URL).
 */
export type SendOutcome =
  { kind: "sent" } | { kind: "temporary"; error: string } | { kind: "permanent"; error: string } | { kind: "not-configured" };

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Sent as they are, e.g. List-Unsubscribe and List-Unsubscribe-Post. */
  headers: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<SendOutcome>;
  /** Closes the pooled SMTP connections. */
  close(): void;
}

/**
 * Sends email over SMTP_URL through a small pool of connections (a digest run sends thousands).
 * The timeouts are short so that a server that is down or stalled costs a worker seconds, not
 * minutes; nodemailer never retries on its own (maxRequeues 0): the outbox decides when to.
 */
export function createMailer(o: { smtpUrl?: string; from: string; log: Logger }): Mailer {
  if (!o.smtpUrl) return logOnlyMailer(o.log);
  const transport = createTransport({
    url: o.smtpUrl,
    pool: true,
    maxRequeues: 0,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  return {
    async send(m) {
      try {
        await transport.sendMail({
          from: o.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html ?? undefined,
          headers: m.headers,
        });
        return { kind: "sent" };
      } catch (error) {
        return failure(error as NodemailerError);
      }
    },
    close: () => transport.close(),
  };
}

/**
 * A refusal is permanent when the server's reply says so (5xx, nodemailer's `permanent`), except a
 * refused login: that is our configuration, not the recipient, and must not count as a bounce.
 */
function failure(error: NodemailerError): SendOutcome {
  const permanent = error.permanent === true && error.code !== "EAUTH";
  return { kind: permanent ? "permanent" : "temporary", error: error.message };
}

/** Without SMTP_URL (a developer's machine): the message stays in the outbox, and the log says where its links go. */
function logOnlyMailer(log: Logger): Mailer {
  return {
    async send(m) {
      log.info({ to: m.to, subject: m.subject, links: linksIn(m.text) }, "email not sent: SMTP_URL is not set (see /dev/mailbox)");
      return { kind: "not-configured" };
    },
    close() {},
  };
}

/** The http(s) links in a message's text part, in order. */
export function linksIn(text: string): string[] {
  return text.match(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)'\]]/g) ?? [];
}
