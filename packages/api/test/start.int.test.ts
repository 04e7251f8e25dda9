import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "./support/free-port";

/**
 * The one command a newcomer runs: with no DATABASE_URL the API starts an embedded Postgres,
 * migrates and seeds it, serves the seeded site, and keeps its data across a restart.
 */
const dir = mkdtempSync(join(tmpdir(), "hiredinai-start-"));
// As root, Postgres runs as the "postgres" user: opened up, the folder keeps the data (else it would go to /var/tmp).
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  let output = "";
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/main.ts"], {
    cwd: resolve(__dirname, ".."),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "development", ...env },
  });
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`API did not start:\n${output}`)), 90_000);
    child.stdout.on("data", () => {
      if (output.includes("[api] GraphQL on")) {
        clearTimeout(timer);
        ok();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`API exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((ok) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => ok(code));
    child.kill("SIGTERM");
  });
}

test("`pnpm start` without DATABASE_URL serves a seeded site, and its data survives a restart", async () => {
  const port = await freePort();
  const env = {
    PORT: String(port),
    PUBLIC_WEB_URL: "https://hiredin.example",
    EMBEDDED_PG_DIR: join(dir, "pg"),
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  const query = async (q: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: q }),
    });
    return ((await res.json()) as { data: any }).data;
  };

  const first = await startApi(env);
  try {
    expect(first.output()).toContain("seeded the demo data set");
    const data = await query(`{
      jobs(first: 1) { totalCount edges { node { url } } }
      jobCategories { slug jobCount }
      glossaryTerm(slug: "foundation-model") { term relatedTerms { slug } relatedCategory { slug } }
      entry: jobs(filter: { seniorities: [ENTRY] }) { totalCount }
      remote: jobs(filter: { remote: [REMOTE] }) { totalCount }
      featured: jobs(filter: { featured: true }) { totalCount }
    }`);
    expect(data.jobs.totalCount).toBeGreaterThanOrEqual(400);
    expect(data.jobs.edges[0].node.url).toMatch(/^https:\/\/hiredin\.example\/jobs\//);
    expect(data.jobCategories.length).toBeGreaterThanOrEqual(10);
    expect(data.jobCategories.find((c: any) => c.slug === "generative-ai").jobCount).toBeGreaterThan(20);
    expect(data.glossaryTerm).toEqual({
      term: "Foundation Model",
      relatedTerms: [{ slug: "large-language-model" }, { slug: "pre-training" }, { slug: "fine-tuning" }, { slug: "transfer-learning" }],
      relatedCategory: { slug: "generative-ai" },
    });
    expect(data.entry.totalCount).toBeGreaterThanOrEqual(40);
    expect(data.remote.totalCount).toBeGreaterThanOrEqual(40);
    expect(data.featured.totalCount).toBeGreaterThanOrEqual(10);
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ status: "ok" });
  } finally {
    // The API's own shutdown (requests, then the database) ends it, and stops the Postgres it started.
    expect(await stop(first.child)).toBe(0);
    expect(existsSync(join(dir, "pg", "postmaster.pid"))).toBe(false);
  }

  const second = await startApi(env);
  try {
    expect(second.output()).not.toContain("seeded");
    expect(second.output()).not.toContain("applied");
    const data = await query(`{ jobs(first: 1) { totalCount } }`);
    expect(data.jobs.totalCount).toBeGreaterThanOrEqual(400);
  } finally {
    expect(await stop(second.child)).toBe(0);
  }
});

/** The API processes the primary reported listening, in order (a replacement comes after the one it replaces). */
const listeningPids = (output: string) =>
  output
    .split("\n")
    .filter((line) => line.includes('"API process listening"'))
    .map((line) => (JSON.parse(line) as { pid: number }).pid);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A query on a connection of its own: the cluster's primary hands each new connection to the next process. */
function queryOnNewConnection(port: number): Promise<{ status: number; totalCount: unknown }> {
  return new Promise((ok, fail) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        timeout: 10_000,
        headers: { "content-type": "application/json" },
      },
      (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => {
          try {
            ok({ status: res.statusCode!, totalCount: JSON.parse(body).data?.jobs?.totalCount });
          } catch {
            fail(new Error(`HTTP ${res.statusCode}: ${body.slice(0, 300)}`));
          }
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("no answer in 10 s")));
    req.on("error", fail);
    req.end(JSON.stringify({ query: "{ jobs(first: 1) { totalCount } }" }));
  });
}

test("with WEB_CONCURRENCY=2 two processes serve the port; one that dies is replaced while the other answers; SIGTERM stops them all and Postgres", async () => {
  const port = await freePort();
  const api = await startApi({
    PORT: String(port),
    PUBLIC_WEB_URL: "https://hiredin.example",
    EMBEDDED_PG_DIR: join(dir, "pg"),
    EMBEDDED_PG_PORT: String(await freePort()),
    WEB_CONCURRENCY: "2",
  });
  try {
    expect(api.output()).toContain("2 processes)");
    const pids = listeningPids(api.output());
    expect(pids).toHaveLength(2);
    expect(new Set([...pids, api.child.pid]).size).toBe(3);
    for (let i = 0; i < 6; i++) expect(await queryOnNewConnection(port)).toEqual({ status: 200, totalCount: expect.any(Number) });

    process.kill(pids[0], "SIGKILL");
    const until = Date.now() + 60_000;
    const waitFor = async (done: () => boolean) => {
      while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    };
    // (A connection the primary hands over in the instant before it learns of the death is lost with the
    // process, as requests in flight are.) Once it knows, the other process answers every new connection
    // until the replacement listens.
    await waitFor(() => api.output().includes("an API process exited; starting another"));
    expect(api.output()).toContain("an API process exited; starting another");
    for (let i = 0; i < 4; i++) expect((await queryOnNewConnection(port)).status).toBe(200);
    await waitFor(() => listeningPids(api.output()).length >= 3);
    const replacement = listeningPids(api.output())[2];
    expect(replacement).toBeDefined();
    expect(alive(replacement) && alive(pids[1])).toBe(true);
    for (let i = 0; i < 4; i++) expect((await queryOnNewConnection(port)).status).toBe(200);
  } finally {
    expect(await stop(api.child)).toBe(0);
  }
  expect(listeningPids(api.output()).filter(alive)).toEqual([]);
  expect(existsSync(join(dir, "pg", "postmaster.pid"))).toBe(false);
  // Three processes compile the TypeScript at start, and the replacement again, on a shared machine.
}, 120_000);
