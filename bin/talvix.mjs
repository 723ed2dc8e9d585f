#!/usr/bin/env node
// The `talvix` command: a thin launcher so the TypeScript CLI runs on plain Node 20.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", join(root, "cli", "main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", cwd: process.cwd(), env: process.env },
);
process.exit(result.status ?? 1);
