import { defaultPoolSize, loadConfig } from "./config";

test("defaults give a working local site", () => {
  const config = loadConfig({});
  expect(config).toMatchObject({ PORT: 4000, WEB_PORT: 5173, PUBLIC_WEB_URL: "http://localhost:5173", LOG_SQL: false });
  expect(config.DATABASE_URL).toBeUndefined();
});

test("PUBLIC_WEB_URL follows WEB_PORT unless set, without a trailing slash", () => {
  expect(loadConfig({ WEB_PORT: "8080" }).PUBLIC_WEB_URL).toBe("http://localhost:8080");
  expect(loadConfig({ PUBLIC_WEB_URL: "https://hiredin.ai/" }).PUBLIC_WEB_URL).toBe("https://hiredin.ai");
});

test("bad values are refused, naming each variable", () => {
  expect(() => loadConfig({ PORT: "eighty", PUBLIC_WEB_URL: "not a url", LOG_SQL: "maybe" })).toThrow(
    /PORT[\s\S]*PUBLIC_WEB_URL|PUBLIC_WEB_URL[\s\S]*PORT/,
  );
  expect(() => loadConfig({ LOG_SQL: "maybe" })).toThrow(/LOG_SQL/);
});

test("CORS allows the web app's own origin unless configured; `*` only when asked for", () => {
  // On a developer machine localhost and 127.0.0.1 are the same site to people, so both are allowed.
  expect(loadConfig({}).CORS_ORIGINS).toEqual(["http://localhost:5173", "http://127.0.0.1:5173"]);
  expect(loadConfig({ PUBLIC_WEB_URL: "https://hiredin.ai/jobs" }).CORS_ORIGINS).toEqual(["https://hiredin.ai"]);
  expect(loadConfig({ CORS_ORIGINS: "https://a.example, https://b.example/" }).CORS_ORIGINS).toEqual([
    "https://a.example",
    "https://b.example",
  ]);
  expect(loadConfig({ CORS_ORIGINS: "*" }).CORS_ORIGINS).toEqual(["*"]);
});

test("the pool is 2 × cores + 1 connections in all unless DB_POOL_SIZE says, shared among the processes, at least 4 each", () => {
  expect(defaultPoolSize(1, 2)).toBe(5);
  expect(defaultPoolSize(2, 2)).toBe(4);
  expect(defaultPoolSize(1, 8)).toBe(17);
  expect(defaultPoolSize(4, 16)).toBe(9);
  expect(loadConfig({ WEB_CONCURRENCY: "2" }).DB_POOL_SIZE).toBe(defaultPoolSize(2));
  expect(loadConfig({ DB_POOL_SIZE: "20", WEB_CONCURRENCY: "2" }).DB_POOL_SIZE).toBe(20);
  expect(() => loadConfig({ DB_POOL_SIZE: "0" })).toThrow(/DB_POOL_SIZE/);
});
