import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";

/**
 * No Docker engine here, so each image's dependency layer is built the way its Dockerfile builds it:
 * only what the COPY lines before its `pnpm install` bring, then that install (from the store this
 * checkout's install filled, as an image's would fill from the registry). It fails when a file the
 * install needs isn't copied, as the pnpm patches once weren't.
 */
const ROOT = resolve(__dirname, "../../..");

/** The COPY lines before the first `RUN pnpm install`, and that install's arguments. */
function dependencyLayer(dockerfile: string): { copies: { sources: string[]; dest: string }[]; install: string[] } {
  const copies: { sources: string[]; dest: string }[] = [];
  for (const line of readFileSync(join(ROOT, dockerfile), "utf8").split("\n")) {
    const copy = /^COPY\s+(?!--from)(.+)$/.exec(line);
    if (copy) {
      const parts = copy[1].trim().split(/\s+/);
      copies.push({ sources: parts.slice(0, -1), dest: parts.at(-1)! });
    }
    const install = /^RUN (pnpm install .+)$/.exec(line);
    if (install) return { copies, install: install[1].replace(/"/g, "").split(/\s+/).slice(1) };
  }
  throw new Error(`${dockerfile} runs no pnpm install`);
}

test.each(["packages/api/Dockerfile", "packages/web/Dockerfile"])("%s: the dependency layer installs from what it copies", (dockerfile) => {
  const { copies, install } = dependencyLayer(dockerfile);
  const context = mkdtempSync(join(tmpdir(), "hiredinai-image-"));
  try {
    for (const { sources, dest } of copies) {
      for (const source of sources) {
        const from = join(ROOT, source);
        // Docker copies a folder's contents into dest, and a file into dest/ (or as dest).
        const to = statSync(from).isDirectory()
          ? join(context, dest)
          : dest.endsWith("/")
            ? join(context, dest, basename(source))
            : join(context, dest);
        mkdirSync(statSync(from).isDirectory() ? to : dirname(to), { recursive: true });
        cpSync(from, to, { recursive: true });
      }
    }
    // The machine's pnpm and node, not the project's node_modules/.bin that `pnpm exec` put first on PATH.
    const path = (process.env.PATH ?? "")
      .split(":")
      .filter((dir) => !dir.includes("node_modules"))
      .join(":");
    const result = spawnSync("pnpm", [...install, "--offline"], {
      cwd: context,
      env: { PATH: path, HOME: process.env.HOME, CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 120_000,
    });
    expect({ status: result.status, output: result.status === 0 ? "" : `${result.stdout}${result.stderr}` }).toEqual({
      status: 0,
      output: "",
    });
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
});
