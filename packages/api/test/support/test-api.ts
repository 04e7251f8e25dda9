import type { DataSource } from "typeorm";
import { startServer, type RunningServer } from "../../src/app/server";
import { loadConfig } from "../../src/config/config";
import { sqlCounter } from "../../src/db/sql-counter";
import { openTestDataSource, resetDatabase } from "./database";
import { factories } from "./factories";

export const TEST_WEB_URL = "https://hiredin.test";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, unknown>;
}

/**
 * The real API over real HTTP on its own database for one test file; tables are emptied
 * before each test. Call at the top level of a test file.
 */
export function useTestApi() {
  const api = {} as {
    ds: DataSource;
    server: RunningServer;
    make: ReturnType<typeof factories>;
    /** POSTs an operation to /graphql and returns the parsed response with its HTTP status. */
    gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
    /** Like gql, and also counts the SQL statements the request issued. */
    gqlCounted<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<{ res: GraphQLResponse<T>; statements: number }>;
  };

  beforeAll(async () => {
    api.ds = await openTestDataSource();
    const config = loadConfig({ NODE_ENV: "test", PUBLIC_WEB_URL: TEST_WEB_URL, DATABASE_URL: "unused" });
    api.server = await startServer(api.ds, config, 0, "127.0.0.1");
    api.make = factories(api.ds);
    api.gql = async (query, variables, headers = {}) => {
      const res = await fetch(`${api.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    };
    api.gqlCounted = async (query, variables) => {
      const before = sqlCounter.total();
      const res = await api.gql(query, variables);
      return { res: res as never, statements: sqlCounter.total() - before };
    };
  });

  beforeEach(async () => {
    await resetDatabase(api.ds);
  });

  afterAll(async () => {
    await api.server?.close();
    await api.ds?.destroy();
  });

  return api;
}
