import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { chmod, mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSql } from "../../../shared/db/sql.ts";
import { ROOT } from "../../../scripts/stack/paths.ts";
import { portInUse } from "../../../scripts/stack/postgres-cluster.ts";
import { waitFor } from "../../../scripts/stack/wait-for.ts";

// A second, throw-away stack beside any developer's: its own data dir and ports. The ports
// sit below Linux's ephemeral range (32768+), so no port-0 server of a parallel test can take them.
const dataDir = join(ROOT, ".data", `stack-test-${process.pid}`);
const env = {
  ...process.env,
  TALVIX_DATA_DIR: dataDir,
  TALVIX_PG_PORT: "31341",
  TALVIX_FUNCTIONS_PORT: "31342",
  TALVIX_SANDBOX_PORT: "31343",
};
const api = "http://127.0.0.1:31342/functions/v1/api";

function npmScript(script: "start" | "stop") {
  const child = spawn(process.execPath, ["scripts/bootstrap.mjs", script], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, exited, output: () => output };
}

let stack: { child: ChildProcess } | undefined;
afterAll(async () => {
  stack?.child.kill("SIGINT");
  await npmScript("stop").exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it(
    "brings up Postgres, the functions and both workers, and stops cleanly",
    { timeout: 240_000 },
    async () => {
      await mkdir(dataDir, { recursive: true });
      await chmod(dataDir, 0o755);
      const first = npmScript("start");
      stack = first;
      await waitFor(
        "the stack to be ready",
        async () => /ready in/.test(first.output()),
        180_000,
        250,
      );

      const out = first.output();
      expect(out).toMatch(/functions: api\s+http:\/\/127\.0\.0\.1:31342\/functions\/v1\/api/);
      expect(out).toMatch(/worker-exec/);
      expect(out).toMatch(/worker-wa/);

      const health = await fetch(`${api}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ db: "ok" });

      const localJson = join(dataDir, "local.json");
      expect(statSync(localJson).mode & 0o777).toBe(0o600);
      const local = JSON.parse(await readFile(localJson, "utf8"));
      expect(local.urls.api).toBe(api);
      expect(local.secrets.jwt_secret.length).toBeGreaterThanOrEqual(32);
      expect(local.secrets.agent_secret.length).toBeGreaterThanOrEqual(32);
      expect(local.secrets.vault_keys).toMatch(/^1:/);
      // The secrets are for the local processes, never printed.
      expect(out).not.toContain(local.secrets.jwt_secret);
      expect(out).not.toContain(local.secrets.agent_secret);

      const sql = createSql(local.urls.database, { max: 1 });
      try {
        const beats = await sql<{ worker: string; age: number }[]>`
          select worker, extract(epoch from now() - last_seen_at)::float8 as age
          from worker_heartbeats where status = 'running' order by worker`;
        expect(beats.map((b) => b.worker)).toEqual(["worker-exec", "worker-wa"]);
        for (const b of beats) expect(b.age).toBeLessThan(30);
      } finally {
        await sql.end();
      }

      const second = npmScript("start");
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain("already running");

      first.child.kill("SIGINT");
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain("stopped");
      expect(await portInUse(31342)).toBe(false);
      expect(existsSync(join(dataDir, "stack.pid"))).toBe(false);

      // Warm start reuses the cluster and applies nothing new.
      const warm = npmScript("start");
      stack = warm;
      await waitFor("the warm stack", async () => /ready in/.test(warm.output()), 60_000, 250);
      expect(warm.output()).toContain("reused");
      expect(warm.output()).not.toContain("applied");
      warm.child.kill("SIGINT");
      expect(await warm.exited).toBe(0);

      const stop = npmScript("stop");
      expect(await stop.exited).toBe(0);
      expect(stop.output()).toContain("postgres stopped");
      expect(await portInUse(31341)).toBe(false);
    },
  );
});
