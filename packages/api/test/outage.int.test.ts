import { partnerOperations } from "@hiredinai/schema";
import type { DataSource } from "typeorm";
import { startServer, type RunningServer } from "../src/app/server";
import { createDataSource } from "../src/db/data-source";
import { toGlobalId } from "../src/shared/graphql/global-id";
import { openTestDataSource, resetDatabase } from "./support/database";
import { factories } from "./support/factories";
import { tcpProxy } from "./support/tcp-proxy";
import { capturedLogger, testConfig } from "./support/test-api";

/**
 * The database goes away while the API serves: between them sits a TCP proxy the test cuts, so
 * the API sees what it would see in a real outage (connections dropped, then refused).
 */
let direct: DataSource;
let viaProxy: DataSource;
let proxy: Awaited<ReturnType<typeof tcpProxy>>;
let server: RunningServer;
const logger = capturedLogger();
const JOB_DETAIL = partnerOperations().get("JobDetail")!;

beforeAll(async () => {
  direct = await openTestDataSource();
  await resetDatabase(direct);
  const url = new URL((direct.options as { url: string }).url);
  proxy = await tcpProxy(Number(url.port));
  url.port = String(proxy.port);
  viaProxy = createDataSource({ url: url.toString(), poolSize: 4 });
  await viaProxy.initialize();
  server = await startServer(viaProxy, testConfig(), { port: 0, host: "127.0.0.1", log: logger.log });
});

afterAll(async () => {
  await server?.close();
  await proxy?.close();
  await viaProxy?.destroy().catch(() => {});
  await direct?.destroy();
});

async function jobDetail(slug: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: JOB_DETAIL, variables: { slug } }),
  });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as { data?: any; errors?: any[] } };
}

test("while the database is unreachable, a job lookup is 503 SERVICE_UNAVAILABLE — never `job: null` — and the same process recovers", async () => {
  const job = await factories(direct).job({ slug: "ml-engineer" });
  expect((await jobDetail(job.slug)).body.data.job.slug).toBe("ml-engineer");

  await proxy.cut();
  const during = await Promise.all(Array.from({ length: 30 }, () => jobDetail(job.slug)));
  for (const res of during) {
    expect(res.status).toBe(503);
    expect(res.retryAfter).toMatch(/^\d+$/);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors!.map((e) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
  }
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(503);
  // The public GET routes fail the same way (Express passes their rejections on): 503 with Retry-After, never a 500.
  for (const path of [
    "/sitemap.xml",
    "/sitemaps/jobs-1.xml",
    "/feeds/blog.rss",
    "/page-head/jobs/ml-engineer",
    `/apply/${toGlobalId("Job", job.id)}`,
  ]) {
    const res = await fetch(`${server.url}${path}`, { redirect: "manual" });
    expect([path, res.status, res.headers.get("retry-after")]).toEqual([path, 503, expect.stringMatching(/^\d+$/)]);
  }

  // Each failed request wrote at most one line, and the throttle kept the outage from flooding the log.
  await new Promise((resolve) => setImmediate(resolve));
  const failures = logger.lines.filter((l) => l.level >= 50 && l.res?.statusCode === 503);
  expect(failures.length).toBeGreaterThan(0);
  expect(failures.length).toBeLessThanOrEqual(during.length);
  expect(new Set(failures.map((l) => l.req.id)).size).toBe(failures.length);

  await proxy.restore();
  const back = Date.now();
  let answer = await jobDetail(job.slug);
  while (answer.status !== 200 && Date.now() - back < 2_000) answer = await jobDetail(job.slug);
  expect(answer.status).toBe(200);
  expect(answer.body.data.job.slug).toBe("ml-engineer");
  expect((await jobDetail("no-such-job")).body).toMatchObject({ data: { job: null } });
});

test("an unknown slug is still a plain null while the database is up", async () => {
  const res = await jobDetail("never-posted");
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ data: { job: null } });
  expect(res.body.errors).toBeUndefined();
});
