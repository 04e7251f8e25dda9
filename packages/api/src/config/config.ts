import os from "node:os";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** API port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Absolute URL of the web app: every public object's `url` points there (default http://localhost:WEB_PORT). */
  PUBLIC_WEB_URL: z.url().optional(),
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(5173),
  /** Postgres connection string. When unset, an embedded Postgres is started. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Where the embedded Postgres keeps its data (ignored by git). */
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /**
   * Origins allowed to call the API from a browser, comma separated; `*` allows every site to read
   * (never with credentials). Unset: the web app's own origin (PUBLIC_WEB_URL).
   */
  CORS_ORIGINS: z.string().min(1).optional(),
  /**
   * Which proxies to trust for the client's address (X-Forwarded-For) and https (X-Forwarded-Proto):
   * false (none: the socket's address), true (all), a hop count, or comma-separated addresses/subnets.
   */
  TRUST_PROXY: z.string().default("false"),
  /** pino log level. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Largest accepted request body, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
  /** Highest query cost accepted for one operation. */
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().positive().default(25_000),
  /** Load the demo data set into an empty database on start; defaults to on for the embedded database only. */
  SEED: z.stringbool().optional(),
  /** Seconds a job search's ranking, a job list's total or its facet counts are reused while no job changes; 0 turns it off. */
  RESULT_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * Who answers a job search with words in it: `index`, the in-process index each API process keeps
   * of published jobs (fed by Postgres's change log, see features/search), or `postgres`, full-text
   * search in the database (ranking every match per request; kept for comparison and relevance tests).
   */
  SEARCH_ENGINE: z.enum(["index", "postgres"]).default("index"),
  /** How often (ms) an API process applies the change log to its index between searches; 0: only when a search finds it moved. */
  SEARCH_POLL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** Database connections per API process (default: defaultPoolSize). */
  DB_POOL_SIZE: z.coerce.number().int().positive().optional(),
  /**
   * HTTP processes serving PORT (Node's cluster, see app/cluster.ts): 1 serves from this process;
   * more, about one per core, each with its own search index and DB_POOL_SIZE connections.
   */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Rate limits: points an hour (an operation's points are its cost; see the README's rate limits). Each API key
   * has its own budget; these are for everyone else: anonymous callers per address, the web app's
   * pages per address (a budget real browsing never reaches), signed-in people and admins per account.
   */
  RATE_LIMIT_ANONYMOUS: z.coerce.number().int().positive().default(1_000),
  RATE_LIMIT_WEB_APP: z.coerce.number().int().positive().default(20_000),
  RATE_LIMIT_USER: z.coerce.number().int().positive().default(20_000),
  RATE_LIMIT_ADMIN: z.coerce.number().int().positive().default(100_000),
  /** A new API key's hourly budget unless its creator sets one. */
  API_KEY_DEFAULT_BUDGET: z.coerce.number().int().positive().default(5_000),
  /** The rate-limit window, in seconds (an hour; tests shorten it). */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(3_600),
  LOG_SQL: z.stringbool().default(false),
  /** Absolute URL of this API as mail clients reach it: one-click unsubscribe posts there (default http://localhost:PORT). */
  PUBLIC_API_URL: z.url().optional(),
  /** SMTP server for outgoing email, e.g. smtp://user:pass@mail.example:587. Unset: email stays in the outbox (see /dev/mailbox). */
  SMTP_URL: z.string().min(1).optional(),
  /** The From: of every email. */
  MAIL_FROM: z.string().min(3).default("HiredinAI <alerts@hiredin.ai>"),
  /** Where the Contact page's messages go (the team's inbox); each has the sender as its Reply-To. */
  CONTACT_EMAIL: z.email().default("hello@hiredin.ai"),
  /** Run the job worker (alert digests, email delivery) inside the API process; off when `pnpm worker` runs apart. */
  WORKER_IN_PROCESS: z.stringbool().default(true),
  /** Jobs one worker process runs at once. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  /**
   * The seller on every invoice (lines of the address separated by "|"), and how the built-in manual
   * invoice is paid: the bank-transfer details it shows ("|" between lines) and the days it gives.
   * The defaults are examples: set them before sending real invoices.
   */
  INVOICE_SELLER_NAME: z.string().trim().min(1).default("HiredinAI Ltd"),
  INVOICE_SELLER_ADDRESS: z.string().trim().min(1).default("1 Example Street|London EC1A 1AA|United Kingdom"),
  INVOICE_SELLER_TAX_ID: z.string().trim().min(1).optional(),
  INVOICE_SELLER_EMAIL: z.email().default("billing@hiredin.ai"),
  INVOICE_BANK_DETAILS: z
    .string()
    .trim()
    .min(1)
    .default("Account name: HiredinAI Ltd|Bank: Example Bank|IBAN: GB33 BUKB 2020 1555 5555 55|BIC: BUKBGB22"),
  INVOICE_PAYMENT_DAYS: z.coerce.number().int().min(0).max(120).default(14),
});

export type Config = Omit<z.infer<typeof schema>, "PUBLIC_WEB_URL" | "PUBLIC_API_URL" | "CORS_ORIGINS" | "DB_POOL_SIZE"> & {
  DB_POOL_SIZE: number;
  PUBLIC_WEB_URL: string;
  PUBLIC_API_URL: string;
  /** Allowed browser origins; `["*"]` for any. */
  CORS_ORIGINS: string[];
};

/** Reads and validates the environment once; throws a readable error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const { PUBLIC_WEB_URL, PUBLIC_API_URL, CORS_ORIGINS, ...rest } = parsed.data;
  const webUrl = (PUBLIC_WEB_URL ?? `http://localhost:${rest.WEB_PORT}`).replace(/\/+$/, "");
  const apiUrl = (PUBLIC_API_URL ?? `http://localhost:${rest.PORT}`).replace(/\/+$/, "");
  const origins = (CORS_ORIGINS ?? localTwins(new URL(webUrl)).join(","))
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  const poolSize = rest.DB_POOL_SIZE ?? defaultPoolSize(rest.WEB_CONCURRENCY);
  return { ...rest, DB_POOL_SIZE: poolSize, PUBLIC_WEB_URL: webUrl, PUBLIC_API_URL: apiUrl, CORS_ORIGINS: origins };
}

/**
 * Database connections per API process unless DB_POOL_SIZE says: the PostgreSQL wiki's starting point
 * for a database on this machine's cores, 2 × cores + 1 connections in all, shared among the HTTP
 * processes, and at least 4 each, so that a slow statement or two leave a process connections for the
 * rest. More connections than Postgres has cores to run them only make its backends take turns: on
 * 2 cores, 5 connections served a list page and a job page about 1.15× as fast as 20 did
 * (docs/benchmarks.md). With Postgres on a machine of its own, set DB_POOL_SIZE from its cores.
 */
export function defaultPoolSize(processes: number, cores = os.availableParallelism()): number {
  return Math.max(4, Math.ceil((2 * cores + 1) / processes));
}

/** The web app's origin, and on a developer's machine its twin: localhost and 127.0.0.1 are one site to people. */
function localTwins(url: URL): string[] {
  const twin = { localhost: "127.0.0.1", "127.0.0.1": "localhost" }[url.hostname];
  if (!twin) return [url.origin];
  const other = new URL(url.origin);
  other.hostname = twin;
  return [url.origin, other.origin];
}
