#!/usr/bin/env node
// Entry point of `npm start`, `npm test`, `npm run stop|bench|db:reset`. Plain JavaScript so
// it runs before dependencies exist: it installs them when missing or stale, then hands over
// to the TypeScript stack runner.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const command = process.argv[2] ?? "start";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`talvix: Node ${process.versions.node} is too old; install Node 20.19 or newer`);
  process.exit(1);
}

function dependenciesStale() {
  const marker = join(root, "node_modules", ".package-lock.json");
  if (!existsSync(marker) || !existsSync(join(root, "node_modules", ".bin", "tsx"))) return true;
  const lock = join(root, "package-lock.json");
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
}

if (dependenciesStale()) {
  console.log("talvix: installing npm dependencies…");
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error("talvix: `npm install` failed; see the messages above");
    process.exit(result.status ?? 1);
  }
}

const child = spawn(
  process.execPath,
  ["--import", "tsx", join(root, "scripts", "stack", "cli.ts"), command, ...process.argv.slice(3)],
  { cwd: root, stdio: "inherit" },
);
// The terminal sends Ctrl-C to the whole group; the runner drains its children, we just wait.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
