import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DispatchOutboxRow } from "../../../shared/db/schema/system.ts";
import { deliverOutbox } from "../../../shared/dispatch/deliver-outbox.ts";
import { dispatch } from "../../../shared/dispatch/dispatch.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { makeUser } from "./fixtures.ts";

// Wake-ups: app.dispatch writes the outbox (and sends with pg_net where it exists); the
// local runner delivers 'http' rows to the functions, retrying with backoff.

const SECRET = "s".repeat(40);

interface Received {
  path: string;
  secret: string | undefined;
  body: unknown;
}

/** A fake function endpoint: answers each request with the next status in `script`. */
function fakeFunctions() {
  const received: Received[] = [];
  let script: number[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      received.push({
        path: req.url ?? "",
        secret: req.headers["x-agent-secret"] as string | undefined,
        body: JSON.parse(raw || "null"),
      });
      const status = script.shift() ?? 200;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: status < 300 }));
    });
  });
  return {
    received,
    setScript: (s: number[]) => (script = [...s]),
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => {
          const { port } = server.address() as AddressInfo;
          resolve(`http://127.0.0.1:${port}/functions/v1`);
        }),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let db: TestDatabase;
const fns = fakeFunctions();
let functionsUrl: string;

beforeAll(async () => {
  db = await createTestDatabase();
  functionsUrl = await fns.start();
});
afterAll(async () => {
  await fns.stop();
  await db.drop();
});
beforeEach(async () => {
  await db.sql`delete from dispatch_outbox`;
  fns.received.length = 0;
  fns.setScript([]);
});

const outboxRow = async (id: string) =>
  DispatchOutboxRow.parse((await db.sql`select * from dispatch_outbox where id = ${id}`)[0]);
const deliver = () =>
  deliverOutbox({ sql: db.sql, fetch, functionsUrl, agentSecret: SECRET, worker: "runner-test" });

describe("app.dispatch", () => {
  it("writes a pending wake-up and routes worker targets to the worker", async () => {
    const user = await makeUser(db.sql);
    const a = await dispatch(db.sql, "agents/jd-clean", { run_id: "r1" }, user);
    const b = await dispatch(db.sql, "worker-exec/session-health");
    expect(await outboxRow(a)).toMatchObject({
      target: "agents/jd-clean",
      channel: "http",
      status: "pending",
      payload: { run_id: "r1" },
      user_id: user,
      net_request_id: null,
    });
    expect(await outboxRow(b)).toMatchObject({ channel: "worker-exec", status: "pending" });
  });

  it("also sends with pg_net, reading URL and key from Vault, where they exist", async () => {
    // Stand-ins for Supabase's pg_net and Vault, with the same names and signatures.
    await db.sql.unsafe(`
      create schema net;
      create table net.calls (id bigserial primary key, url text, body jsonb, headers jsonb,
                              timeout_milliseconds int);
      create function net.http_post(url text, body jsonb default '{}', params jsonb default '{}',
                                    headers jsonb default '{}', timeout_milliseconds int default 5000)
      returns bigint language sql as $$
        insert into net.calls (url, body, headers, timeout_milliseconds)
        values (url, body, headers, timeout_milliseconds) returning id
      $$;
      create schema vault;
      create view vault.decrypted_secrets as
        select * from (values ('functions_url', 'https://ref.supabase.co/functions/v1'),
                              ('agent_secret', '${SECRET}')) as s(name, decrypted_secret);`);
    try {
      const id = await dispatch(db.sql, "orchestrator/daily-coach", { day: "2027-03-01" });
      const worker = await dispatch(db.sql, "worker-exec/calibration", { layer: 2 });
      const calls = await db.sql`select url, body, headers, timeout_milliseconds from net.calls`;
      expect(calls).toEqual([
        {
          url: "https://ref.supabase.co/functions/v1/orchestrator/daily-coach",
          body: { agent: "daily-coach", payload: { day: "2027-03-01" } },
          headers: { "Content-Type": "application/json", "X-Agent-Secret": SECRET },
          timeout_milliseconds: 10000,
        },
      ]);
      expect(await outboxRow(id)).toMatchObject({ status: "done", net_request_id: 1 });
      expect(await outboxRow(worker)).toMatchObject({ status: "pending", net_request_id: null });
    } finally {
      await db.sql.unsafe(`drop schema net cascade; drop schema vault cascade;`);
    }
  });
});

describe("outbox delivery", () => {
  it("posts the agent contract with the secret and marks the row done", async () => {
    const user = await makeUser(db.sql);
    const id = await dispatch(db.sql, "agents/fit-score", { job_ids: ["j1"] }, user);
    await dispatch(db.sql, "worker-exec/session-health");
    expect(await deliver()).toEqual({ claimed: 1, delivered: 1, retrying: 0, dead: 0 });
    expect(fns.received).toEqual([
      {
        path: "/functions/v1/agents/fit-score",
        secret: SECRET,
        body: { agent: "fit-score", user_id: user, payload: { job_ids: ["j1"] } },
      },
    ]);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "done", attempts: 1 });
    expect(row.delivered_at).toBeInstanceOf(Date);
    // The worker's row is not the runner's to deliver.
    expect(await db.sql`select status from dispatch_outbox where channel = 'worker-exec'`).toEqual([
      { status: "pending" },
    ]);
  });

  it("retries failures with backoff and succeeds later", async () => {
    const id = await dispatch(db.sql, "agents/jd-clean");
    fns.setScript([503, 500, 200]);
    expect(await deliver()).toMatchObject({ claimed: 1, retrying: 1 });
    let row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.last_error).toMatch(/HTTP 503/);
    expect(row.run_at.getTime()).toBeGreaterThan(Date.now() + 10_000);
    expect(await deliver()).toMatchObject({ claimed: 0 }); // backing off
    await db.sql`update dispatch_outbox set run_at = now() where id = ${id}`;
    expect(await deliver()).toMatchObject({ claimed: 1, retrying: 1 });
    expect((await outboxRow(id)).last_error).toMatch(/HTTP 500/);
    await db.sql`update dispatch_outbox set run_at = now() where id = ${id}`;
    expect(await deliver()).toMatchObject({ claimed: 1, delivered: 1 });
    row = await outboxRow(id);
    expect(row).toMatchObject({ status: "done", attempts: 3 });
    expect(fns.received).toHaveLength(3);
  });

  it("treats an unreachable function as a failure and gives up after max_attempts", async () => {
    const id = await dispatch(db.sql, "agents/jd-clean");
    await db.sql`update dispatch_outbox set max_attempts = 2 where id = ${id}`;
    const unreachable = {
      sql: db.sql,
      fetch,
      functionsUrl: "http://127.0.0.1:9/functions/v1", // discard port: connection refused
      agentSecret: SECRET,
      worker: "runner-test",
      timeoutMs: 2_000,
    };
    expect(await deliverOutbox(unreachable)).toMatchObject({ retrying: 1 });
    await db.sql`update dispatch_outbox set run_at = now() where id = ${id}`;
    expect(await deliverOutbox(unreachable)).toMatchObject({ dead: 1 });
    expect((await outboxRow(id)).status).toBe("dead");
  });

  it("runs as the local stack's outbox-runner process and stops on SIGTERM", async () => {
    const id = await dispatch(db.sql, "agents/jd-clean", { run_id: "r9" });
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/stack/outbox-runner.ts"], {
      cwd: new URL("../../../", import.meta.url).pathname,
      env: {
        ...process.env,
        APP_ENV: "test",
        DATABASE_URL: db.url,
        FUNCTIONS_URL: functionsUrl,
        AGENT_SECRET: SECRET,
        OUTBOX_IDLE_MS: "100",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      for (let i = 0; i < 150 && (await outboxRow(id)).status !== "done"; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await outboxRow(id)).status, output).toBe("done");
      expect(fns.received.at(-1)?.body).toEqual({ agent: "jd-clean", payload: { run_id: "r9" } });
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited, output).toBe(0);
    expect(output).not.toContain(SECRET);
  });
});
