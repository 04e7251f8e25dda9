import { createServer, type Server } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerError } from "smtp-server";

export interface ReceivedEmail {
  /** The envelope: who it was from and for, as the client said in MAIL FROM and RCPT TO. */
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Every header as it arrived (unfolded), by lower-case name; a repeated one keeps its first value. */
  headers: Record<string, string>;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, the same across stop() and start(). */
  url: string;
  /** Every message accepted, in order. */
  messages: ReceivedEmail[];
  /** Refuses RCPT TO for `address` with `code` from now on: 550 for a mailbox that doesn't exist, 451 for "try later". */
  refuse(address: string, code?: number): void;
  /**
   * Takes the server down: connections to its port are accepted and dropped at once, and the port
   * stays ours. Also how a test is done with it.
   */
  stop(): Promise<void>;
  /** Brings it back on the same port. */
  start(): Promise<void>;
  /** Resolves once `n` messages have arrived; rejects after `timeoutMs` saying how many did. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
}

/** A real SMTP server in this process (no auth, no TLS) that keeps what it receives, for tests of sending email. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedEmail[] = [];
  const refused = new Map<string, number>();
  const waiters = new Set<() => void>();
  let smtp: SMTPServer | null = null;
  let dropper: Server | null = null;
  let port = 0;

  const smtpServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      // stop() means down now, not after the 30 s a real server gives sessions in progress.
      closeTimeout: 1,
      onRcptTo(address, _session, callback) {
        const code = refused.get(address.address.toLowerCase());
        if (code === undefined) return callback();
        const refusal: SMTPServerError = Object.assign(new Error(`Mailbox ${address.address} refused`), { responseCode: code });
        callback(refusal);
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address).join(", "),
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: typeof mail.html === "string" ? mail.html : null,
              headers: headerRecord(mail.headerLines),
            });
            for (const wake of waiters) wake();
            callback();
          })
          .catch(callback);
      },
    });

  const listen = (server: Server) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });

  const start = async () => {
    if (dropper) await new Promise<void>((resolve) => dropper!.close(() => resolve()));
    dropper = null;
    smtp = smtpServer();
    // A client hanging up mid-session (as a stopped pool does) is an 'error' the server must not throw.
    smtp.on("error", () => undefined);
    await listen(smtp.server);
  };

  await start();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuse(address, code = 550) {
      refused.set(address.toLowerCase(), code);
    },
    start,
    async stop() {
      if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()));
      smtp = null;
      dropper = createServer((socket) => socket.destroy());
      await listen(dropper);
      // Down is also how a test leaves it: the port stays taken without holding the process open.
      dropper.unref();
    },
    waitFor(n, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < n) return;
          done();
          resolve(messages);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`expected ${n} emails, got ${messages.length} in ${timeoutMs} ms`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

function headerRecord(lines: readonly { key: string; line: string }[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of lines) {
    headers[key] ??= line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n(?=[ \t])/g, "")
      .trim();
  }
  return headers;
}
