import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFunctionsServer, type FunctionsServer } from "../../helpers/functions-server.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";

const FUNCTIONS = ["api", "agents", "orchestrator"] as const;
const secrets = testSecrets();
let db: TestDatabase;
let server: FunctionsServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startFunctionsServer({ DATABASE_URL: db.url, ...secrets });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe("functions served by Deno at Supabase's URLs", () => {
  it.each(FUNCTIONS)(
    "GET /functions/v1/%s/health answers ok with a real database query",
    async (name) => {
      const res = await fetch(`${server.url}/${name}/health`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ status: "ok", db: "ok", version: "0.1.0-local" });
      expect(Date.parse(body.time)).toBeGreaterThan(Date.now() - 60_000);
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it("keeps the caller's request id", async () => {
    const res = await fetch(`${server.url}/api/health`, {
      headers: { "X-Request-ID": "spa-req-00000001" },
    });
    expect(res.headers.get("x-request-id")).toBe("spa-req-00000001");
    await res.body?.cancel();
  });

  it("answers unknown functions and routes with the error shape", async () => {
    for (const path of ["/nope/health", "/api/nope"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(404);
      const body = await res.json();
      expect(body.error).toMatchObject({ code: "not_found" });
      expect(body.error.request_id).toBe(res.headers.get("x-request-id"));
    }
  });

  it("never writes a configured secret into its logs", async () => {
    await fetch(`${server.url}/api/health?token=${secrets.AGENT_SECRET}`, {
      headers: { authorization: `Bearer ${secrets.JWT_SECRET}` },
    }).then((r) => r.text());
    const logs = server.logs.join("\n");
    expect(logs).toContain('"path":"/api/health"');
    for (const value of Object.values(secrets)) expect(logs).not.toContain(value);
    expect(logs).not.toContain(db.url);
  });
});

describe("health when the database is unavailable", () => {
  let blackhole: Server;
  const sockets: Socket[] = [];
  let hanging: FunctionsServer;
  let refused: FunctionsServer;

  beforeAll(async () => {
    // Accepts connections and never answers: the worst case for a health check.
    blackhole = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => blackhole.listen(0, "127.0.0.1", r));
    const port = (blackhole.address() as { port: number }).port;
    hanging = await startFunctionsServer({
      DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
      ...secrets,
    });
    refused = await startFunctionsServer({
      DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:1/postgres",
      ...secrets,
    });
  });
  afterAll(async () => {
    await hanging?.stop();
    await refused?.stop();
    for (const s of sockets) s.destroy();
    blackhole?.close();
  });

  it.each([
    ["hangs", () => hanging],
    ["refuses connections", () => refused],
  ])("answers 503 within 2 s when the database %s", async (_why, get) => {
    const started = performance.now();
    const res = await fetch(`${get().url}/api/health`);
    const elapsed = performance.now() - started;
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "degraded", db: "down" });
    expect(elapsed).toBeLessThan(2000);
  });
});

describe("production configuration", () => {
  it("refuses to serve without its secrets, naming each missing variable", async () => {
    await expect(
      startFunctionsServer({ APP_ENV: "production" }, { timeoutMs: 20_000 }),
    ).rejects.toThrow(/DATABASE_URL: missing[\s\S]*AGENT_SECRET: missing/);
  });
});
