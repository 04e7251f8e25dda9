import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { buildSchema } from "./build-schema";
import { createApolloServer, createHttpApp } from "./http";
import { createServices } from "./services";

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  httpServer: Server;
  close(): Promise<void>;
}

/** Builds the schema and serves the API on `port` (0 for any free port). */
export async function startServer(ds: DataSource, config: Config, port = config.PORT, host?: string): Promise<RunningServer> {
  const schema = await buildSchema();
  const services = createServices(ds, config);
  const server = createApolloServer(schema, config);
  await server.start();
  const app = createHttpApp({ server, services, ds, config });
  const httpServer = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host ?? "0.0.0.0", (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port: actual } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    httpServer,
    async close() {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
    },
  };
}
