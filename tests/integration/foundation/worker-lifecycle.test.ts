import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, TSX_IMPORT } from "../../../scripts/stack/paths.ts";
import { waitFor } from "../../../scripts/stack/wait-for.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

function startWorker(entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [...TSX_IMPORT, entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe.each([
  ["worker-exec", "worker-exec/src/main.ts"],
  ["worker-wa", "worker-wa/src/main.ts"],
])("%s lifecycle", (worker, entry) => {
  it("heartbeats into worker_heartbeats and drains on SIGTERM", async () => {
    const secrets = testSecrets();
    const w = startWorker(entry, {
      APP_ENV: "test",
      DATABASE_URL: db.url,
      AGENT_SECRET: secrets.AGENT_SECRET,
      HEARTBEAT_MS: "1000",
      WA_ENABLED: "false",
    });
    const beats = await waitFor(
      `${worker} heartbeats`,
      async () => {
        const rows = await db.sql<{ last_seen_at: Date; started_at: Date }[]>`
          select last_seen_at, started_at from worker_heartbeats
          where worker = ${worker} and status = 'running'`;
        return rows.length === 1 && rows[0]!.last_seen_at > rows[0]!.started_at ? rows : null;
      },
      20_000,
    );
    expect(beats).toHaveLength(1);
    w.child.kill("SIGTERM");
    expect(await w.exited).toBe(0);
    const [row] = await db.sql`select status from worker_heartbeats where worker = ${worker}`;
    expect(row!.status).toBe("stopped");
    expect(w.output()).not.toContain(secrets.AGENT_SECRET);
  });

  it("refuses to start with a clear message when configuration is missing", async () => {
    const w = startWorker(entry, { APP_ENV: "production" });
    expect(await w.exited).toBe(78);
    expect(w.output()).toContain("DATABASE_URL: missing");
    expect(w.output()).toContain("AGENT_SECRET: missing");
  });
});
