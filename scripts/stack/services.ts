import { join } from "node:path";
import { DENO, LOCAL, ROOT, TSX_IMPORT } from "./paths.ts";
import type { ChildSpec } from "./supervisor.ts";

/** Deno permissions for the functions: network, env, reading the repo, writing only .data. */
export const DENO_FUNCTION_FLAGS = [
  "run",
  "--quiet",
  "--allow-net",
  "--allow-env",
  "--allow-sys",
  "--allow-read",
  `--allow-write=${join(ROOT, ".data")}`,
];

/** Where the portal sandbox listens locally: every scrape adapter's origin. */
export const sandboxUrl = (port = LOCAL.sandboxPort) => `http://127.0.0.1:${port}`;

/** Every long-lived process of the local stack, given the shared environment. */
export function stackServices(env: Record<string, string>, functionsPort: number): ChildSpec[] {
  const base = { cwd: ROOT, env: { ...process.env, ...env } };
  return [
    {
      name: "functions",
      cmd: DENO,
      args: [...DENO_FUNCTION_FLAGS, "functions/_local/serve.ts"],
      ...base,
      env: { ...base.env, FUNCTIONS_PORT: String(functionsPort), DENO_NO_UPDATE_CHECK: "1" },
    },
    {
      // The job portals' stand-in: real API paths, seeded Indian jobs, rate limits, blocks.
      name: "sandbox",
      cmd: process.execPath,
      args: [...TSX_IMPORT, "sandbox/main.ts", "--port", String(LOCAL.sandboxPort)],
      ...base,
    },
    {
      name: "worker-exec",
      cmd: process.execPath,
      args: [...TSX_IMPORT, "worker-exec/src/main.ts"],
      ...base,
      // Locally every adapter's base URL is the sandbox, never the real portals. The sandbox
      // is ours, so the evening run need not be polite to it: minutes, not half an hour.
      env: {
        ...base.env,
        SCRAPE_BASE_URL: sandboxUrl(),
        DISCOVERY_RATE_PER_SECOND: base.env.DISCOVERY_RATE_PER_SECOND ?? "25",
        DISCOVERY_PAGE_DELAY_MS: base.env.DISCOVERY_PAGE_DELAY_MS ?? "50",
      },
    },
    {
      name: "worker-wa",
      cmd: process.execPath,
      args: [...TSX_IMPORT, "worker-wa/src/main.ts"],
      ...base,
    },
    {
      // Delivers dispatch_outbox wake-ups to the functions (pg_net does it on Supabase).
      name: "outbox-runner",
      cmd: process.execPath,
      args: [...TSX_IMPORT, "scripts/stack/outbox-runner.ts"],
      ...base,
    },
  ];
}
