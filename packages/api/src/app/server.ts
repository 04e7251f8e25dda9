import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { createLogger, type Logger } from "../shared/log/logger";
import { buildSchema } from "./build-schema";
import { createApolloServer, createHttpApp } from "./http";
import { createServices } from "./services";

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  httpServer: Server;
  /**
   * Stops accepting connections, lets requests in flight finish for up to `graceMs`, then closes
   * what is left. The data source is the caller's to close.
   */
  close(graceMs?: number): Promise<void>;
}

export interface ServeOptions {
  /** Port to listen on (0 for any free one); default config.PORT. */
  port?: number;
  host?: string;
  /** Default: a logger at config.LOG_LEVEL on stdout. */
  log?: Logger;
}

/** How long an idle keep-alive connection is kept open. */
export const KEEP_ALIVE_MS = 65_000;

/** Builds the schema and serves the API over HTTP. */
export async function startServer(ds: DataSource, config: Config, options: ServeOptions = {}): Promise<RunningServer> {
  const { port = config.PORT, host = "0.0.0.0", log = createLogger(config.LOG_LEVEL) } = options;
  const schema = await buildSchema();
  const services = createServices(ds, config);
  const server = createApolloServer(schema, config, log, services);
  await server.start();
  services.search?.start(config.SEARCH_POLL_MS, log);
  const app = createHttpApp({ server, services, ds, config, log });
  const httpServer = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  // Idle keep-alive connections stay open longer than the proxies in front of the API keep theirs
  // (vite's, nginx's, a load balancer's: 60 s at most), so a proxy never sends a request down a
  // socket the API has just closed (Node's 5 s default made that race a 500 from the proxy).
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const { port: actual } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    httpServer,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      const timer = setTimeout(() => httpServer.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      services.search?.stop();
      await server.stop();
      // What requests spent from large budgets in the last interval, written before the pool closes.
      await services.budget.stop();
    },
  };
}
