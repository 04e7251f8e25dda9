import { readFileSync } from "node:fs";
import path from "node:path";
import { useTestApi } from "./support/test-api";

const api = useTestApi();

describe("GraphQL playground", () => {
  test("a browser opening /graphql gets the playground, with every asset served by the API itself", async () => {
    const res = await fetch(`${api.server.url}/graphql`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("<title>HiredinAI GraphQL playground</title>");
    // Its icon is inline, so a browser asks for no /favicon.ico (which the API doesn't serve).
    const icon = /<link rel="icon" href="data:image\/svg\+xml,(%3Csvg[^"]*)"/.exec(html);
    // The site's own icon.
    expect(decodeURIComponent(icon![1])).toBe(readFileSync(path.resolve(__dirname, "../../web/public/favicon.svg"), "utf8").trim());
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((asset) => !asset.startsWith("data:"));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/graphql\/playground\//);
      const file = await fetch(`${api.server.url}${asset}`);
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  test("GraphQL over GET and clients that want JSON still reach the API", async () => {
    const get = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "apollo-require-preflight": "true" },
    });
    expect(await get.json()).toMatchObject({ data: { __typename: "Query" } });
    const json = await fetch(`${api.server.url}/graphql`, { headers: { accept: "application/json" } });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });
});
