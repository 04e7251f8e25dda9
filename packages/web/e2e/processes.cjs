// Stops the children global-setup.cjs started and removes its temporary folder.
const { mkdirSync, rmSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

/** SIGTERM (the API then stops its embedded Postgres), SIGKILL if it is still running after `graceMs`. */
function stop(child, graceMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      ok();
    });
    child.kill("SIGTERM");
  });
}

async function stopAll(state) {
  if (!state) return;
  await Promise.all(state.children.map(({ child }) => stop(child)));
  // What the API and vite preview printed (the API's JSON log lines), for a failed run's post-mortem.
  const logs = join(__dirname, "../test-results/logs");
  mkdirSync(logs, { recursive: true });
  for (const { name, output } of state.children) writeFileSync(join(logs, `${name.replace(/\W+/g, "-")}.log`), output ?? "");
  state.children = [];
  rmSync(state.tmp, { recursive: true, force: true });
}

module.exports = { stopAll };
