#!/usr/bin/env node
// Runs a build only when its output is missing or older than its inputs, so that `pnpm start` on an
// unchanged checkout does not rebuild what is built.
//
//   node tools/run-if-stale.mjs <output> <input>... [--env PREFIX] -- <command> [args...]
//
// <output> is a file the command writes last (e.g. dist/index.html). Inputs are files or folders,
// walked recursively (node_modules skipped); a missing input is ignored. With --env PREFIX, the
// environment variables starting with PREFIX (VITE_ for a Vite build) are inputs too: the command
// runs again when they change. Exits with the command's exit code, or 0 when nothing was stale.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const split = args.indexOf("--");
if (split < 2 || split === args.length - 1) {
  console.error("usage: run-if-stale.mjs <output> <input>... [--env PREFIX] -- <command> [args...]");
  process.exit(2);
}
const [output, ...rest] = args.slice(0, split);
const command = args.slice(split + 1);
const envAt = rest.indexOf("--env");
const prefix = envAt >= 0 ? rest[envAt + 1] : null;
const inputs = envAt >= 0 ? rest.filter((_, i) => i !== envAt && i !== envAt + 1) : rest;

/** The newest modification time under a path (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) if (entry !== "node_modules") latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const envFile = `${output}.env.json`;
const env = prefix
  ? JSON.stringify(
      Object.fromEntries(
        Object.entries(process.env)
          .filter(([k]) => k.startsWith(prefix))
          .sort(),
      ),
    )
  : null;
const envChanged = env !== null && (!existsSync(envFile) || readFileSync(envFile, "utf8") !== env);
const stale = !existsSync(output) || envChanged || inputs.some((input) => newest(input) > statSync(output).mtimeMs);

if (!stale) {
  console.log(`${output} is up to date: not rebuilt`);
  process.exit(0);
}
const result = spawnSync(command[0], command.slice(1), { stdio: "inherit", shell: process.platform === "win32" });
if (result.status === 0 && env !== null) writeFileSync(envFile, env);
process.exit(result.status ?? 1);
