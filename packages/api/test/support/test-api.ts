import { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import { startServer, type RunningServer } from "../../src/app/server";
import { loadConfig } from "../../src/config/config";
import { sqlCounter } from "../../src/db/sql-counter";
import { createLogger } from "../../src/shared/log/logger";
import { openTestDataSource, resetDatabase } from "./database";
import { factories } from "./factories";

export const TEST_WEB_URL = "https://hiredin.test";

/** The API's configuration in tests: quiet, with the site at TEST_WEB_URL; `over` as the environment would give it. */
export function testConfig(over: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: "test",
    PUBLIC_WEB_URL: TEST_WEB_URL,
    DATABASE_URL: "unused",
    LOG_LEVEL: "silent",
    // Tests of other things send thousands of requests from one address; the rate-limit tests set their own budgets.
    RATE_LIMIT_ANONYMOUS: "1000000000",
    RATE_LIMIT_WEB_APP: "1000000000",
    // Statement counts per request must not see the search index's background reads; a search still applies the log first.
    SEARCH_POLL_MS: "0",
    ...over,
  });
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  /** The X-Request-Id the API answered with. */
  requestId: string | null;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, unknown>;
}

export type LogLine = Record<string, any> & { level: number; msg: string };

/** A logger whose JSON lines land in `lines` (pino writes asynchronously: read them after a tick). */
export function capturedLogger() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { lines, log: createLogger("info", stream) };
}

/**
 * The real API over real HTTP on its own database for one test file; tables are emptied
 * before each test. Call at the top level of a test file.
 */
export function useTestApi(over: Record<string, string> = {}) {
  const api = {} as {
    ds: DataSource;
    server: RunningServer;
    make: ReturnType<typeof factories>;
    /** What the API logged (info and up) since this test began. */
    logs(): Promise<LogLine[]>;
    /** POSTs an operation to /graphql and returns the parsed response with its HTTP status. */
    gql<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      headers?: Record<string, string>,
    ): Promise<GraphQLResponse<T>>;
    /** Like gql, and also counts the SQL statements the request issued. */
    gqlCounted<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<{ res: GraphQLResponse<T>; statements: number }>;
  };

  const logger = capturedLogger();
  api.logs = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    return logger.lines;
  };

  beforeAll(async () => {
    api.ds = await openTestDataSource();
    api.server = await startServer(api.ds, testConfig(over), { port: 0, host: "127.0.0.1", log: logger.log });
    api.make = factories(api.ds);
    api.gql = async (query, variables, headers = {}) => {
      const res = await fetch(`${api.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, requestId: res.headers.get("x-request-id"), ...((await res.json()) as object) };
    };
    api.gqlCounted = async (query, variables) => {
      const before = sqlCounter.total();
      const res = await api.gql(query, variables);
      return { res: res as never, statements: sqlCounter.total() - before };
    };
  });

  beforeEach(async () => {
    logger.lines.splice(0);
    await resetDatabase(api.ds);
  });

  afterAll(async () => {
    await api.server?.close();
    await api.ds?.destroy();
  });

  return api;
}
