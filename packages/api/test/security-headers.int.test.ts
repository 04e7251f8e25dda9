import { startServer, type RunningServer } from "../src/app/server";
import { testConfig, useTestApi } from "./support/test-api";

const api = useTestApi();

const JSON_POST = {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query: "{ jobCategories { slug } }" }),
};

test("every kind of API response carries the security headers and a request id", async () => {
  const responses = {
    graphql: await fetch(`${api.server.url}/graphql`, JSON_POST),
    refused: await fetch(`${api.server.url}/graphql`, { ...JSON_POST, body: "{nope" }),
    healthz: await fetch(`${api.server.url}/healthz`),
    unknown: await fetch(`${api.server.url}/nowhere`),
    playground: await fetch(`${api.server.url}/graphql`, { headers: { accept: "text/html" } }),
  };
  for (const [kind, res] of Object.entries(responses)) {
    const h = (name: string) => [kind, name, res.headers.get(name)];
    expect(h("x-content-type-options")).toEqual([kind, "x-content-type-options", "nosniff"]);
    expect(h("referrer-policy")).toEqual([kind, "referrer-policy", "no-referrer"]);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("strict-transport-security")).toBeNull(); // plain http
    expect(res.headers.get("x-powered-by")).toBeNull();
  }
  for (const kind of ["graphql", "refused", "healthz", "unknown"] as const) {
    expect(responses[kind].headers.get("content-security-policy")).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
  }
  // The playground runs its own scripts only, and only it may frame itself.
  const playgroundCsp = responses.playground.headers.get("content-security-policy")!;
  expect(await responses.playground.text()).toMatch(/<title>HiredinAI GraphQL playground/);
  expect(playgroundCsp).toMatch(/script-src 'self' 'sha256-/);
  expect(playgroundCsp).toMatch(/frame-ancestors 'self'/);
  expect(playgroundCsp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  expect(responses.playground.headers.get("x-frame-options")).toBe("SAMEORIGIN");
});

test("a client's own X-Request-Id is kept; a malformed one is replaced", async () => {
  const kept = await fetch(`${api.server.url}/healthz`, { headers: { "x-request-id": "partner-42.abc" } });
  expect(kept.headers.get("x-request-id")).toBe("partner-42.abc");
  const replaced = await fetch(`${api.server.url}/healthz`, { headers: { "x-request-id": "<script>" } });
  expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

async function withServer(env: Record<string, string>, run: (server: RunningServer) => Promise<void>) {
  const server = await startServer(api.ds, testConfig(env), { port: 0, host: "127.0.0.1" });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

const preflight = (server: RunningServer, origin: string) =>
  fetch(`${server.url}/graphql`, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });

test("CORS: by default only the web app's own origin; `*` only when configured, sent as `*`, never with credentials", async () => {
  await withServer({}, async (server) => {
    expect((await preflight(server, "https://hiredin.test")).headers.get("access-control-allow-origin")).toBe("https://hiredin.test");
    expect((await preflight(server, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });
  await withServer({ CORS_ORIGINS: "*" }, async (server) => {
    const res = await preflight(server, "https://partner.example");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

test("HSTS only over https, as a trusted proxy reports it", async () => {
  await withServer({ TRUST_PROXY: "loopback" }, async (server) => {
    const res = await fetch(`${server.url}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
  // Not trusted: a client claiming https gets no HSTS (and no say in its own address).
  const spoofed = await fetch(`${api.server.url}/healthz`, { headers: { "x-forwarded-proto": "https" } });
  expect(spoofed.headers.get("strict-transport-security")).toBeNull();
});

test("introspection is on for development (the playground's docs), off for anonymous callers in production (admins and API keys: see rate-limits tests)", async () => {
  const introspect = (server: RunningServer) =>
    fetch(`${server.url}/graphql`, { ...JSON_POST, body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }) });
  await withServer({ NODE_ENV: "development" }, async (server) => {
    expect(await (await introspect(server)).json()).toMatchObject({ data: { __schema: { queryType: { name: "Query" } } } });
  });
  await withServer({ NODE_ENV: "production" }, async (server) => {
    const res = await introspect(server);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    // Ordinary queries still work.
    expect((await fetch(`${server.url}/graphql`, JSON_POST)).status).toBe(200);
  });
});
